package dev.camelpardot.app;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The app delivering to two business units: the default and EMEA. */
public class MultiUnitProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("pardot.business-units", EmulatorTestResource.EMEA);
    }
}
