package dev.camelpardot.dsl;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Expression;
import org.apache.camel.NoSuchEndpointException;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.util.URISupport;

/**
 * Collects a {@code pardot:} endpoint's options and turns them into the URI Camel resolves, the way Camel's own
 * generated endpoint builders do: options sorted by name, placeholders resolved against the context, and an
 * option whose value is an object (not text, a number, a boolean, an enum or a date-time) bound into the registry and
 * referred to as {@code #name}. Camel's builder base class lives in camel-endpointdsl, which a component outside
 * Camel's tree cannot assume is present, hence this small equivalent.
 */
class PardotEndpointUri {

    private final String scheme;
    private final String path;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> multiValues = new LinkedHashMap<>();

    PardotEndpointUri(String scheme, String path) {
        if (scheme == null || scheme.isBlank()) {
            throw new IllegalArgumentException("the component name must not be empty");
        }
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("the resource (external-activity, extension or activity-type) must not be empty");
        }
        this.scheme = scheme;
        this.path = path;
    }

    public Endpoint resolve(CamelContext context) throws NoSuchEndpointException {
        String uri = uri(context, true);
        Endpoint endpoint = context.getEndpoint(uri);
        if (endpoint == null) {
            throw new NoSuchEndpointException(uri);
        }
        return endpoint;
    }

    public <T extends Endpoint> T resolve(CamelContext context, Class<T> endpointType) throws NoSuchEndpointException {
        return endpointType.cast(resolve(context));
    }

    /** The URI with values URL-encoded, placeholders left as written. */
    public String getUri() {
        return uri(null, true);
    }

    /** The URI with values as written (not encoded), as {@code toD} and the simple language need it. */
    public String getRawUri() {
        return uri(null, false);
    }

    public void doSetProperty(String name, Object value) {
        properties.put(name, value);
    }

    public void doSetMultiValueProperty(String name, String key, Object value) {
        multiValues.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(key, value);
    }

    public void doSetMultiValueProperties(String name, String prefix, Map<String, Object> values) {
        values.forEach((key, value) -> doSetMultiValueProperty(name, prefix + key, value));
    }

    public Expression expr(CamelContext context) {
        // not encoded: the simple language must still see ${...} as written
        return context.resolveLanguage("simple").createExpression(uri(context, false));
    }

    @Override
    public String toString() {
        return getUri();
    }

    private String uri(CamelContext context, boolean encode) {
        Map<String, Object> params = new TreeMap<>();
        addAll(params, properties, context);
        multiValues.values().forEach(values -> addAll(params, values, context));
        String target = scheme + "://" + (context == null ? path : context.resolvePropertyPlaceholders(path));
        if (params.isEmpty()) {
            return target;
        }
        return target + "?" + URISupport.createQueryString(params, encode);
    }

    /**
     * Camel decodes a URI's query before it splits it into options, so an encoded {@code &} (%26) in a value would
     * cut the value in two; Camel's RAW(...) syntax keeps such a value as it is.
     */
    private static String protectAmpersand(String value) {
        if (!value.contains("&") || value.startsWith("RAW(") || value.startsWith("RAW{")) {
            return value;
        }
        return value.contains(")") ? "RAW{" + value + "}" : "RAW(" + value + ")";
    }

    private static void addAll(Map<String, Object> params, Map<String, Object> values, CamelContext context) {
        for (Map.Entry<String, Object> option : values.entrySet()) {
            Object value = option.getValue();
            if (value == null) {
                continue;
            }
            if (value instanceof String text) {
                String resolved = context == null ? text : context.getCamelContextExtension().resolvePropertyPlaceholders(text, true);
                // an optional placeholder ({{?name}}) that resolved to nothing drops the option
                if (resolved != null && !resolved.startsWith(PropertiesComponent.PREFIX_OPTIONAL_TOKEN)) {
                    params.put(option.getKey(), protectAmpersand(resolved));
                }
            } else if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                       || value instanceof OffsetDateTime) {
                // a date-time as ISO-8601 text with its offset, which the component's converter reads back
                params.put(option.getKey(), value.toString());
            } else {
                // bound only when there is a context to bind in; without one the name is for display
                String name = "pardot-dsl-" + option.getKey() + "-" + Integer.toHexString(System.identityHashCode(value));
                if (context != null) {
                    context.getRegistry().bind(name, value);
                }
                params.put(option.getKey(), "#" + name);
            }
        }
    }
}
