package dev.camelpardot.emulator;

/** The credentials and ids the emulator accepts unless configured otherwise. Public knowledge: they are no secrets. */
public final class EmulatorDefaults {

    public static final String CLIENT_ID = "emulator-client";
    public static final String CLIENT_SECRET = "emulator-secret";
    public static final String REFRESH_TOKEN = "emulator-refresh-token";
    public static final String USERNAME = "integration@example.com";
    public static final String PASSWORD = "emulator-password";
    public static final String BUSINESS_UNIT_ID = "0UvEMULATOR00000AA";
    public static final String BUSINESS_UNIT_NAME = "Emulator Business Unit";

    /** The organization and user the emulator's identity URL names. */
    public static final String ORGANIZATION_ID = "00DEMULATOR000000AA";
    public static final String USER_ID = "005EMULATOR000000AA";

    /** The integration user as the identity URL and UserInfo endpoint describe it. */
    public static final String USER_DISPLAY_NAME = "Integration User";

    /** The integration user's Account Engagement user id: the createdById of every activity it submits. */
    public static final long ACCOUNT_ENGAGEMENT_USER_ID = 100_000_001L;

    /** Port of the standalone program; the Java API picks a free port by default. */
    public static final int STANDALONE_PORT = 8089;

    public static final int MAX_IN_FLIGHT_PER_BUSINESS_UNIT = 5;

    private EmulatorDefaults() {
    }
}
