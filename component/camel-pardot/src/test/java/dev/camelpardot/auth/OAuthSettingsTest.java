package dev.camelpardot.auth;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OAuthSettingsTest {

    private static PrivateKey key;

    @BeforeAll
    static void generateKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        key = generator.generateKeyPair().getPrivate();
    }

    private static OAuthSettings.Builder client() {
        return OAuthSettings.builder().clientId("client-id").clientSecret("client-secret-value");
    }

    @Test
    void refreshTokenInfersRefreshTokenFlow() {
        assertThat(client().refreshToken("refresh-token-value").build().resolve()).isEqualTo(AuthenticationType.REFRESH_TOKEN);
    }

    @Test
    void refreshTokenFlowNeedsNoClientSecret() {
        assertThat(OAuthSettings.builder().clientId("id").refreshToken("refresh-token-value").build().resolve())
                .isEqualTo(AuthenticationType.REFRESH_TOKEN);
    }

    @Test
    void keyAndUserNameInferJwt() {
        assertThat(OAuthSettings.builder().clientId("id").userName("user@example.com").jwtKey(key).build().resolve())
                .isEqualTo(AuthenticationType.JWT);
    }

    @Test
    void userNameAndPasswordInferUsernamePassword() {
        assertThat(client().userName("user@example.com").password("password-value").build().resolve())
                .isEqualTo(AuthenticationType.USERNAME_PASSWORD);
    }

    @Test
    void clientIdAndSecretAloneInferClientCredentials() {
        assertThat(client().build().resolve()).isEqualTo(AuthenticationType.CLIENT_CREDENTIALS);
    }

    @Test
    void twoCompleteFlowsAreAmbiguous() {
        OAuthSettings settings = client().refreshToken("refresh-token-value").userName("user@example.com")
                .password("password-value").build();
        assertThatThrownBy(settings::resolve)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ambiguous")
                .hasMessageContaining("REFRESH_TOKEN")
                .hasMessageContaining("USERNAME_PASSWORD")
                .hasMessageContaining("set authenticationType");
    }

    @Test
    void explicitTypeSettlesAmbiguity() {
        OAuthSettings settings = client().refreshToken("refresh-token-value").userName("user@example.com")
                .password("password-value").authenticationType(AuthenticationType.USERNAME_PASSWORD).build();
        assertThat(settings.resolve()).isEqualTo(AuthenticationType.USERNAME_PASSWORD);
    }

    @Test
    void incompletePasswordFlowNamesEachMissingOption() {
        OAuthSettings settings = OAuthSettings.builder().password("password-value").build();
        assertThatThrownBy(settings::resolve)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("incomplete")
                .hasMessageContaining("USERNAME_PASSWORD needs clientId, clientSecret, userName");
    }

    @Test
    void incompleteJwtNamesUserName() {
        OAuthSettings settings = OAuthSettings.builder().clientId("id").jwtKey(key).build();
        assertThatThrownBy(settings::resolve).hasMessageContaining("JWT needs userName");
    }

    @Test
    void clientIdAloneNamesClientSecret() {
        assertThatThrownBy(() -> OAuthSettings.builder().clientId("id").build().resolve())
                .hasMessageContaining("CLIENT_CREDENTIALS needs clientSecret");
    }

    @Test
    void explicitTypeNamesItsMissingOptions() {
        OAuthSettings settings = OAuthSettings.builder().authenticationType(AuthenticationType.JWT).clientId("id").build();
        assertThatThrownBy(settings::resolve)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("authenticationType JWT needs the options userName, jwtKeyFile or keystore");
    }

    @Test
    void explicitRefreshTokenNamesRefreshToken() {
        OAuthSettings settings = client().authenticationType(AuthenticationType.REFRESH_TOKEN).build();
        assertThatThrownBy(settings::resolve).hasMessageContaining("needs the option refreshToken");
    }

    @Test
    void userNameWithoutPasswordOrKeyNamesBoth() {
        assertThatThrownBy(() -> client().userName("user@example.com").build().resolve())
                .hasMessageContaining("password")
                .hasMessageContaining("jwtKeyFile or keystore");
    }

    @Test
    void nothingSetExplainsTheChoices() {
        assertThatThrownBy(() -> OAuthSettings.builder().build().resolve())
                .hasMessageContaining("no OAuth options")
                .hasMessageContaining("clientId")
                .hasMessageContaining("refreshToken");
    }

    @Test
    void thePasswordFlowNeedsAPassword() {
        OAuthSettings noPassword = client().userName("someone@example.com")
                .authenticationType(AuthenticationType.USERNAME_PASSWORD).build();
        assertThatThrownBy(noPassword::resolve).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("authenticationType USERNAME_PASSWORD needs the option password, which is not set");
        assertThat(noPassword.missing(AuthenticationType.USERNAME_PASSWORD)).containsExactly("password");
    }

    @Test
    void defaultsToProductionLogin() {
        assertThat(client().build().tokenUrl()).hasToString("https://login.salesforce.com/services/oauth2/token");
        assertThat(client().loginUrl("http://127.0.0.1:8089/").build().tokenUrl())
                .hasToString("http://127.0.0.1:8089/services/oauth2/token");
    }

    @Test
    void audienceFollowsTheLoginHost() {
        assertThat(client().loginUrl("https://login.salesforce.com").build().jwtAudienceOrDerived())
                .isEqualTo("https://login.salesforce.com");
        assertThat(client().loginUrl("https://test.salesforce.com/").build().jwtAudienceOrDerived())
                .isEqualTo("https://test.salesforce.com");
        assertThat(client().loginUrl("https://acme.my.site.com/customers/").build().jwtAudienceOrDerived())
                .isEqualTo("https://acme.my.site.com/customers");
        assertThat(client().loginUrl("https://test.salesforce.com").jwtAudience("https://login.salesforce.com").build()
                .jwtAudienceOrDerived()).isEqualTo("https://login.salesforce.com");
    }

    @Test
    void toStringMasksSecrets() {
        OAuthSettings settings = client().refreshToken("refresh-token-value").userName("user@example.com")
                .password("password-value").jwtKey(key).build();
        assertThat(settings.toString())
                .doesNotContain("client-secret-value", "refresh-token-value", "password-value")
                .contains("clientId=client-id", "userName=user@example.com", "clientSecret=****", "jwtKey=****");
    }
}
