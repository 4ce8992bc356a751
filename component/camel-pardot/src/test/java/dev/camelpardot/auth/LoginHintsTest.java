package dev.camelpardot.auth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What to check for each refusal of the token endpoint, per flow. */
class LoginHintsTest {

    private final OAuthSettings settings = OAuthSettings.builder().loginUrl("https://login.salesforce.com")
            .clientId("id").clientSecret("secret").userName("someone@example.com").build();

    @Test
    void invalidGrantIsExplainedPerFlow() {
        assertThat(hint(AuthenticationType.REFRESH_TOKEN, "invalid_grant"))
                .startsWith("the refresh token was revoked, expired or rotated away").contains("https://login.salesforce.com");
        assertThat(hint(AuthenticationType.JWT, "invalid_grant"))
                .startsWith("check the certificate uploaded to the connected app").contains("someone@example.com",
                        "https://login.salesforce.com");
        assertThat(hint(AuthenticationType.USERNAME_PASSWORD, "INVALID_GRANT")).as("codes in any case")
                .startsWith("check userName and password");
        assertThat(hint(AuthenticationType.CLIENT_CREDENTIALS, "invalid_grant"))
                .startsWith("check the client credentials flow is enabled");
    }

    @Test
    void otherCodes() {
        for (String code : new String[] { "invalid_client_id", "invalid_client", "unauthorized_client" }) {
            assertThat(hint(AuthenticationType.REFRESH_TOKEN, code)).as(code)
                    .startsWith("check clientId (the connected app's consumer key) and clientSecret");
        }
        assertThat(hint(AuthenticationType.JWT, "invalid_client")).as("JWT has no client secret")
                .startsWith("check clientId (the connected app's consumer key), and that loginUrl");
        assertThat(hint(AuthenticationType.CLIENT_CREDENTIALS, "unsupported_grant_type"))
                .isEqualTo("the CLIENT_CREDENTIALS flow is not enabled for this connected app or org: enable the client"
                           + " credentials flow and set a run-as user, and use the My Domain URL as loginUrl");
        assertThat(hint(AuthenticationType.JWT, "unsupported_grant_type"))
                .isEqualTo("the JWT flow is not enabled for this connected app or org");
        assertThat(hint(AuthenticationType.JWT, "inactive_user")).isEqualTo("the user is inactive: activate the user or"
                + " use another one");
        assertThat(hint(AuthenticationType.JWT, "inactive_org")).startsWith("the org is locked");
        assertThat(hint(AuthenticationType.JWT, "rate_limit_exceeded")).startsWith("too many logins");
        assertThat(hint(AuthenticationType.JWT, "invalid_request")).isEqualTo("the token request was malformed for the"
                + " JWT flow: check the options of that flow");
        assertThat(hint(AuthenticationType.JWT, "something_new")).startsWith("check the connected app (enabled flows")
                .contains("https://login.salesforce.com");
        assertThat(LoginHints.forError(AuthenticationType.JWT, null, null, settings)).startsWith("check the connected app");
    }

    private String hint(AuthenticationType type, String error) {
        return LoginHints.forError(type, error, "some description", settings);
    }
}
