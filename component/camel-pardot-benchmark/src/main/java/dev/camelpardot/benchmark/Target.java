package dev.camelpardot.benchmark;

import dev.camelpardot.emulator.EmulatorDefaults;

/** Where and what every contender delivers: the emulator's base URL, the credentials and the activity type. */
record Target(String baseUrl, String clientId, String clientSecret, String refreshToken, String businessUnitId,
        String extension, String type) {

    static final String EXTENSION = "BenchmarkApp";
    static final String TYPE = "Submitted";

    static Target emulator(String baseUrl) {
        return new Target(baseUrl, EmulatorDefaults.CLIENT_ID, EmulatorDefaults.CLIENT_SECRET,
                EmulatorDefaults.REFRESH_TOKEN, EmulatorDefaults.BUSINESS_UNIT_ID, EXTENSION, TYPE);
    }

    String tokenUrl() {
        return baseUrl + "/services/oauth2/token";
    }

    String activitiesUrl() {
        return baseUrl + "/api/v5/external-activities";
    }
}
