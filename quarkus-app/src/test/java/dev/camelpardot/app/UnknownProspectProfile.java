package dev.camelpardot.app;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The app with camel.component.pardot.unknown-prospect=CREATE, as its README documents the setting. */
public class UnknownProspectProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("camel.component.pardot.unknown-prospect", "CREATE");
    }
}
