package dev.camelpardot.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.camelpardot.emulator.EmulatorDefaults.ORGANIZATION_ID;
import static dev.camelpardot.emulator.EmulatorDefaults.USERNAME;
import static dev.camelpardot.emulator.EmulatorDefaults.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** The identity URL a token response names, and /services/oauth2/userinfo. */
class IdentityServiceTest {

    private PardotEmulator emulator;
    private TestHttp http;
    private String token;
    private String identityPath;

    @BeforeEach
    void start() {
        emulator = PardotEmulator.start();
        http = new TestHttp(emulator.baseUrl());
        TestHttp.Response tokenResponse = http.token("grant_type", "client_credentials", "client_id", EmulatorDefaults.CLIENT_ID,
                "client_secret", EmulatorDefaults.CLIENT_SECRET);
        token = (String) tokenResponse.object().get("access_token");
        identityPath = ((String) tokenResponse.object().get("id")).substring(emulator.baseUrl().length());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void theIdentityUrlOfTheTokenResponseDescribesTheUser() {
        TestHttp.Response response = get(identityPath);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Map<String, Object> identity = response.object();
        assertThat(identity).containsEntry("id", emulator.baseUrl() + identityPath).containsEntry("user_id", USER_ID)
                .containsEntry("organization_id", ORGANIZATION_ID).containsEntry("username", USERNAME)
                .containsEntry("email", USERNAME).containsEntry("display_name", EmulatorDefaults.USER_DISPLAY_NAME)
                .containsEntry("active", true).containsEntry("asserted_user", true)
                .containsKeys("nick_name", "first_name", "last_name", "timezone", "photos", "status", "user_type",
                        "language", "locale", "utcOffset", "last_modified_date", "is_app_installed");
        @SuppressWarnings("unchecked")
        Map<String, Object> urls = (Map<String, Object>) identity.get("urls");
        assertThat(urls).containsEntry("rest", emulator.baseUrl() + "/services/data/v{version}/")
                .containsEntry("tooling_rest", emulator.baseUrl() + "/services/data/v{version}/tooling/")
                .containsKeys("enterprise", "metadata", "partner", "sobjects", "query", "profile");
    }

    @Test
    void versionFillsInTheUrls() {
        assertThat(urls(get(identityPath + "?version=60.0"))).containsEntry("query", emulator.baseUrl() + "/services/data/v60.0/query/");
        assertThat(urls(get(identityPath + "?version=latest"))).containsEntry("rest",
                emulator.baseUrl() + "/services/data/v" + ApiVersions.LATEST + ".0/");
        TestHttp.Response invalid = get(identityPath + "?version=banana");
        assertThat(invalid.status()).isEqualTo(406);
        assertThat(invalid.body()).isEqualTo("Invalid_Version");
    }

    @Test
    void theTokenMayComeAsOauthTokenParameter() {
        TestHttp.Response response = http.send("GET", identityPath + "?oauth_token=" + UrlEncoded.encode(token), null, null);
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void refusalsArePlainTextAsSalesforces() {
        assertRefused(http.send("GET", identityPath, null, null), 403, "Missing_OAuth_Token");
        assertRefused(http.send("GET", identityPath, null, null, "Authorization", "Bearer nonsense"), 403, "Bad_OAuth_Token");
        assertRefused(get("/id/00DOTHERORG0000000AA/" + USER_ID), 403, "Wrong_Org");
        assertRefused(get("/id/" + ORGANIZATION_ID + "/005OTHERUSER00000AA"), 404, "Bad_Id");
        emulator.state().expireAccessTokens();
        assertRefused(get(identityPath), 403, "Bad_OAuth_Token");
    }

    @Test
    void xmlOnRequest() {
        TestHttp.Response xml = get(identityPath + "?format=xml");
        assertThat(xml.header("Content-Type")).startsWith("application/xml");
        assertThat(xml.body()).contains("<user><id>" + emulator.baseUrl() + identityPath + "</id>")
                .contains("<urls><enterprise>");
        TestHttp.Response accepted = http.send("GET", identityPath, null, null, "Authorization", "Bearer " + token,
                "Accept", "application/xml");
        assertThat(accepted.body()).startsWith("<?xml");
    }

    @Test
    void checkingIdentitySpendsNoApiCall() {
        emulator.config().tokenMaxCalls(1);
        assertThat(get(identityPath).status()).isEqualTo(200);
        assertThat(get("/services/oauth2/userinfo").status()).isEqualTo(200);
        TestHttp.Response tooling = http.send("GET", "/services/data/v60.0/tooling/query/?q=SELECT+Id+FROM+PardotTenant",
                null, null, "Authorization", "Bearer " + token);
        assertThat(tooling.status()).isEqualTo(200);
    }

    @Test
    void userInfoHasTheOpenIdConnectClaims() {
        TestHttp.Response response = get("/services/oauth2/userinfo");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.object()).containsEntry("sub", emulator.baseUrl() + identityPath)
                .containsEntry("user_id", USER_ID).containsEntry("organization_id", ORGANIZATION_ID)
                .containsEntry("preferred_username", USERNAME).containsEntry("email", USERNAME)
                .containsEntry("name", EmulatorDefaults.USER_DISPLAY_NAME).containsEntry("email_verified", true)
                .containsKeys("nickname", "given_name", "family_name", "zoneinfo", "photos", "profile", "picture",
                        "address", "urls", "active", "user_type", "language", "locale", "utcOffset", "updated_at",
                        "is_salesforce_integration_user", "is_app_installed");
        assertRefused(http.send("GET", "/services/oauth2/userinfo", null, null), 403, "Missing_OAuth_Token");
    }

    private TestHttp.Response get(String path) {
        return http.send("GET", path, null, null, "Authorization", "Bearer " + token);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> urls(TestHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return (Map<String, Object>) response.object().get("urls");
    }

    private static void assertRefused(TestHttp.Response response, int status, String body) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).isEqualTo(body);
    }
}
