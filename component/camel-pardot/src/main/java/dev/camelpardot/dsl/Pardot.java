package dev.camelpardot.dsl;

import dev.camelpardot.dsl.PardotEndpointBuilderFactory.PardotEndpointBuilder;

/**
 * Entry points of the typed Endpoint DSL: {@code to(Pardot.pardot("external-activity").extension("X").type("Y"))},
 * or with a static import {@code to(externalActivities().extension("X").type("Y"))}.
 */
public final class Pardot {

    private Pardot() {
    }

    /**
     * A {@code pardot:} endpoint.
     *
     * @param resource external-activity, extension or activity-type
     * @return the dsl builder
     */
    public static PardotEndpointBuilder pardot(String resource) {
        return PardotEndpointBuilderFactory.endpointBuilder("pardot", resource);
    }

    /**
     * An endpoint of a pardot component registered under another name.
     *
     * @param componentName the name the component is registered under
     * @param resource      external-activity, extension or activity-type
     * @return the dsl builder
     */
    public static PardotEndpointBuilder pardot(String componentName, String resource) {
        return PardotEndpointBuilderFactory.endpointBuilder(componentName, resource);
    }

    /** @return {@code pardot:external-activity} */
    public static PardotEndpointBuilder externalActivities() {
        return pardot("external-activity");
    }

    /** @return {@code pardot:extension} */
    public static PardotEndpointBuilder extensions() {
        return pardot("extension");
    }

    /** @return {@code pardot:activity-type} */
    public static PardotEndpointBuilder activityTypes() {
        return pardot("activity-type");
    }
}
