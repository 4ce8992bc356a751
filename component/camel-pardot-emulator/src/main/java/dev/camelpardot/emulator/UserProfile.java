package dev.camelpardot.emulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The integration user as Salesforce's identity service describes it: the identity URL's response (the fields of
 * Salesforce Help's "Identity URLs") and the OpenID Connect UserInfo response. The user is the emulator's only one:
 * {@link EmulatorDefaults#USER_ID} of {@link EmulatorDefaults#ORGANIZATION_ID}, named by the configured username.
 */
final class UserProfile {

    private static final String FIRST_NAME = "Integration";
    private static final String LAST_NAME = "User";
    private static final String TIMEZONE = "America/Los_Angeles";
    private static final int UTC_OFFSET_MILLIS = -28_800_000;
    private static final String LOCALE = "en_US";
    /** When the emulated user record last changed (fixed: it never does), as each response writes it. */
    private static final String LAST_MODIFIED_DATE = "2024-01-01T00:00:00.000+0000";
    private static final String UPDATED_AT = "2024-01-01T00:00:00Z";

    private final EmulatorConfig config;
    private final String baseUrl;

    UserProfile(EmulatorConfig config, String baseUrl) {
        this.config = config;
        this.baseUrl = baseUrl;
    }

    /** The {@code id} of a token response: {@code <base>/id/<organization id>/<user id>}. */
    static String identityUrl(String baseUrl) {
        return baseUrl + "/id/" + EmulatorDefaults.ORGANIZATION_ID + "/" + EmulatorDefaults.USER_ID;
    }

    /** @param version the API version the URLs name, or null for the literal {@code {version}} Salesforce writes then */
    Map<String, Object> identity(String version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", identityUrl(baseUrl));
        body.put("asserted_user", true);
        body.put("user_id", EmulatorDefaults.USER_ID);
        body.put("organization_id", EmulatorDefaults.ORGANIZATION_ID);
        body.put("username", config.username());
        body.put("nick_name", nickName());
        body.put("display_name", EmulatorDefaults.USER_DISPLAY_NAME);
        body.put("email", config.username());
        body.put("email_verified", true);
        body.put("first_name", FIRST_NAME);
        body.put("last_name", LAST_NAME);
        body.put("timezone", TIMEZONE);
        body.put("photos", photos());
        body.put("addr_street", null);
        body.put("addr_city", null);
        body.put("addr_state", null);
        body.put("addr_country", "US");
        body.put("addr_zip", null);
        body.put("mobile_phone", null);
        body.put("mobile_phone_verified", false);
        body.put("is_lightning_login_user", false);
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("created_date", null);
        status.put("body", null);
        body.put("status", status);
        body.put("urls", urls(version));
        body.put("active", true);
        body.put("user_type", "STANDARD");
        body.put("language", LOCALE);
        body.put("locale", LOCALE);
        body.put("utcOffset", UTC_OFFSET_MILLIS);
        body.put("last_modified_date", LAST_MODIFIED_DATE);
        body.put("is_app_installed", true);
        return body;
    }

    Map<String, Object> userInfo(String version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sub", identityUrl(baseUrl));
        body.put("user_id", EmulatorDefaults.USER_ID);
        body.put("organization_id", EmulatorDefaults.ORGANIZATION_ID);
        body.put("preferred_username", config.username());
        body.put("nickname", nickName());
        body.put("name", EmulatorDefaults.USER_DISPLAY_NAME);
        body.put("email", config.username());
        body.put("email_verified", true);
        body.put("given_name", FIRST_NAME);
        body.put("family_name", LAST_NAME);
        body.put("zoneinfo", TIMEZONE);
        body.put("photos", photos());
        body.put("profile", baseUrl + "/" + EmulatorDefaults.USER_ID);
        body.put("picture", baseUrl + "/profilephoto/005/F");
        body.put("address", Map.of("country", "US"));
        body.put("is_salesforce_integration_user", false);
        body.put("urls", urls(version));
        body.put("active", true);
        body.put("user_type", "STANDARD");
        body.put("language", LOCALE);
        body.put("locale", LOCALE);
        body.put("utcOffset", UTC_OFFSET_MILLIS);
        body.put("updated_at", UPDATED_AT);
        body.put("is_app_installed", true);
        return body;
    }

    private String nickName() {
        String username = config.username();
        int at = username.indexOf('@');
        return at > 0 ? username.substring(0, at) : username;
    }

    private Map<String, Object> photos() {
        Map<String, Object> photos = new LinkedHashMap<>();
        photos.put("picture", baseUrl + "/profilephoto/005/F");
        photos.put("thumbnail", baseUrl + "/profilephoto/005/T");
        return photos;
    }

    private Map<String, Object> urls(String version) {
        String v = version == null ? "{version}" : version;
        String org = EmulatorDefaults.ORGANIZATION_ID;
        String data = baseUrl + "/services/data/v" + v + "/";
        Map<String, Object> urls = new LinkedHashMap<>();
        urls.put("enterprise", baseUrl + "/services/Soap/c/" + v + "/" + org);
        urls.put("metadata", baseUrl + "/services/Soap/m/" + v + "/" + org);
        urls.put("partner", baseUrl + "/services/Soap/u/" + v + "/" + org);
        urls.put("rest", data);
        urls.put("sobjects", data + "sobjects/");
        urls.put("search", data + "search/");
        urls.put("query", data + "query/");
        urls.put("recent", data + "recent/");
        urls.put("tooling_soap", baseUrl + "/services/Soap/T/" + v + "/" + org);
        urls.put("tooling_rest", data + "tooling/");
        urls.put("profile", baseUrl + "/" + EmulatorDefaults.USER_ID);
        urls.put("feeds", data + "chatter/feeds");
        urls.put("groups", data + "chatter/groups");
        urls.put("users", data + "chatter/users");
        urls.put("feed_items", data + "chatter/feed-items");
        urls.put("feed_elements", data + "chatter/feed-elements");
        urls.put("custom_domain", baseUrl);
        return urls;
    }
}
