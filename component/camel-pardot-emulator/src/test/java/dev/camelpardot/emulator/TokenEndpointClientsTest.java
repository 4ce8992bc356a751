package dev.camelpardot.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static dev.camelpardot.emulator.EmulatorDefaults.CLIENT_ID;
import static dev.camelpardot.emulator.EmulatorDefaults.CLIENT_SECRET;
import static dev.camelpardot.emulator.EmulatorDefaults.PASSWORD;
import static dev.camelpardot.emulator.EmulatorDefaults.REFRESH_TOKEN;
import static dev.camelpardot.emulator.EmulatorDefaults.USERNAME;
import static dev.camelpardot.emulator.OAuthEndpointTest.assertOAuthError;
import static org.assertj.core.api.Assertions.assertThat;

/** How clients authenticate to the token endpoint (HTTP Basic on every grant with a secret) and which format they get. */
class TokenEndpointClientsTest {

    private static final String TOKEN = "/services/oauth2/token";
    private static final String FORM = "application/x-www-form-urlencoded";

    private PardotEmulator emulator;
    private TestHttp http;

    @BeforeEach
    void start() {
        emulator = PardotEmulator.start();
        http = new TestHttp(emulator.baseUrl());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void refreshTokenGrantTakesTheClientAsHttpBasic() {
        TestHttp.Response response = http.send("POST", TOKEN, FORM, "grant_type=refresh_token&refresh_token=" + REFRESH_TOKEN,
                "Authorization", basic(CLIENT_ID, CLIENT_SECRET));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.object()).containsKey("access_token");
    }

    @Test
    void passwordGrantTakesTheClientAsHttpBasic() {
        TestHttp.Response response = http.send("POST", TOKEN, FORM, TestHttp.form(TestHttp.params("grant_type", "password",
                "username", USERNAME, "password", PASSWORD)), "Authorization", basic(CLIENT_ID, CLIENT_SECRET));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void badBasicClientsAre401WithSalesforcesCodes() {
        assertOAuthError(http.send("POST", TOKEN, FORM, "grant_type=refresh_token&refresh_token=" + REFRESH_TOKEN,
                "Authorization", basic(CLIENT_ID, "wrong")), 401, "invalid_client", "invalid client credentials");
        assertOAuthError(http.send("POST", TOKEN, FORM, "grant_type=refresh_token&refresh_token=" + REFRESH_TOKEN,
                "Authorization", basic("someone-else", CLIENT_SECRET)), 401, "invalid_client_id", "client identifier invalid");
        assertOAuthError(http.send("POST", TOKEN, FORM, TestHttp.form(TestHttp.params("grant_type", "password",
                "username", USERNAME, "password", PASSWORD)), "Authorization", basic(CLIENT_ID, "wrong")),
                401, "invalid_client", "invalid client credentials");
    }

    @Test
    void anUnknownClientIdIsClientIdentifierInvalidOnEveryGrant() {
        assertOAuthError(http.token("grant_type", "password", "client_id", "someone-else", "client_secret", CLIENT_SECRET,
                "username", USERNAME, "password", PASSWORD), 400, "invalid_client_id", "client identifier invalid");
        assertOAuthError(http.token("grant_type", "client_credentials", "client_id", "someone-else", "client_secret", CLIENT_SECRET),
                400, "invalid_client_id", "client identifier invalid");
        assertOAuthError(http.token("grant_type", "client_credentials", "client_secret", CLIENT_SECRET),
                400, "invalid_client_id", "client identifier invalid");
    }

    @Test
    void formatUrlencodedAnswersFormEncoded() {
        TestHttp.Response response = http.token("grant_type", "refresh_token", "client_id", CLIENT_ID,
                "client_secret", CLIENT_SECRET, "refresh_token", REFRESH_TOKEN, "format", "urlencoded");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith(FORM);
        Map<String, String> body = UrlEncoded.parse(response.body());
        assertThat(body).containsKeys("access_token", "signature", "scope", "instance_url", "id", "token_type", "issued_at");
        assertThat(body.get("instance_url")).isEqualTo(emulator.baseUrl());
        assertThat(body.get("token_type")).isEqualTo("Bearer");
    }

    @Test
    void acceptHeaderChoosesTheFormatLeftToRight() {
        String form = TestHttp.form(TestHttp.params("grant_type", "client_credentials", "client_id", CLIENT_ID,
                "client_secret", CLIENT_SECRET));
        TestHttp.Response urlencoded = http.send("POST", TOKEN, FORM, form, "Accept", FORM);
        assertThat(UrlEncoded.parse(urlencoded.body())).containsKey("access_token");

        TestHttp.Response xml = http.send("POST", TOKEN, FORM, form, "Accept", "text/html, application/xml;q=0.9, application/json");
        assertThat(xml.header("Content-Type")).startsWith("application/xml");
        assertThat(xml.body()).startsWith("<?xml").contains("<OAuth><access_token>00DEMULATOR000000AA!")
                .contains("<token_type>Bearer</token_type>").endsWith("</OAuth>");

        TestHttp.Response anything = http.send("POST", TOKEN, FORM, form, "Accept", "*/*");
        assertThat(anything.object()).containsKey("access_token");
        TestHttp.Response parameterWins = http.send("POST", TOKEN, FORM, form + "&format=json", "Accept", "application/xml");
        assertThat(parameterWins.object()).containsKey("access_token");
    }

    @Test
    void errorsComeInTheRequestedFormatToo() {
        TestHttp.Response response = http.token("grant_type", "refresh_token", "client_id", CLIENT_ID,
                "refresh_token", "not-a-token", "format", "urlencoded");
        assertThat(response.status()).isEqualTo(400);
        assertThat(UrlEncoded.parse(response.body())).containsEntry("error", "invalid_grant")
                .containsEntry("error_description", "expired access/refresh token");
        TestHttp.Response xml = http.token("grant_type", "nonsense", "format", "xml");
        assertThat(xml.body()).contains("<OAuth><error>unsupported_grant_type</error>");
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
