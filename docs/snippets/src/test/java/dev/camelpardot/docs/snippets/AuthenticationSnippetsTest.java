package dev.camelpardot.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import dev.camelpardot.emulator.RecordedActivity;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/authentication.md: each flow's properties, as written, log in and deliver. The emulator plays the org the
 * page describes (its user name and business unit); only the My Domain host and the key file's path are swapped.
 */
class AuthenticationSnippetsTest {

    @RegisterExtension
    static PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    static final String BUSINESS_UNIT = "0Uv000000000001AAA";
    static final String USER = "integration@yourcompany.com";

    @TempDir
    Path dir;

    private Main main;

    @BeforeEach
    void org() {
        EMULATOR.state().addBusinessUnit(BUSINESS_UNIT, "Docs business unit");
        EMULATOR.state().seedReadySetup("Webinar_Service", "Registered");
        EMULATOR.state().assign("Webinar_Service", BUSINESS_UNIT);
        EMULATOR.config().username(USER);
    }

    @AfterEach
    void restore() {
        if (main != null) {
            main.stop();
        }
        EMULATOR.config().username(EmulatorDefaults.USERNAME).jwtPublicKey(null);
    }

    @Test
    void refreshToken() throws Exception {
        delivers("refresh-token.properties", Map.of(), "refresh_token");
    }

    @Test
    void clientCredentials() throws Exception {
        delivers("client-credentials.properties", Map.of("https://yourcompany.my.salesforce.com", EMULATOR.baseUrl()),
                "client_credentials");
    }

    @Test
    void jwtWithAKeyFile() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path pem = Files.writeString(dir.resolve("pardot-jwt.key"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        EMULATOR.config().jwtPublicKey(pair.getPublic());
        delivers("jwt.properties", Map.of("/run/secrets/pardot-jwt.key", pem.toString()),
                "urn:ietf:params:oauth:grant-type:jwt-bearer");
    }

    @Test
    void usernamePassword() throws Exception {
        delivers("username-password.properties", Map.of(), "password");
    }

    @Test
    void jwtWithAKeyStore() throws Exception {
        Path store = dir.resolve("pardot-jwt.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process process = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", "pardot-jwt", "-keyalg", "RSA",
                "-keysize", "2048", "-dname", "CN=camel-pardot", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", System.getenv("PARDOT_KEYSTORE_PASSWORD")))
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0).as("keytool").isTrue();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, System.getenv("PARDOT_KEYSTORE_PASSWORD").toCharArray());
        }
        EMULATOR.config().jwtPublicKey(keys.getCertificate("pardot-jwt").getPublicKey());

        try (EmulatedCamel camel = EmulatedCamel.hostsOnly(EMULATOR)) {
            AuthenticationSnippets.keystore(camel.context);
            camel.pardot().getKeystore().setResource("file:" + store);   // the mounted secret's path, here
            camel.pardot().setClientId(EmulatorDefaults.CLIENT_ID);
            camel.pardot().setUserName(USER);
            camel.pardot().setBusinessUnitId(BUSINESS_UNIT);
            camel.routes(deliver()).start();
            camel.template().sendBody("direct:deliver", Map.of("email", "ada@example.com", "value", "with a key store"));
        }
        assertDelivered("urn:ietf:params:oauth:grant-type:jwt-bearer");
    }

    private void delivers(String snippet, Map<String, String> swapped, String grant) throws Exception {
        main = PropertiesSnippet.start("snippets/authentication/" + snippet, EMULATOR.baseUrl(), swapped, deliver());
        main.getCamelTemplate().sendBody("direct:deliver", Map.of("email", "ada@example.com", "value", snippet));
        assertDelivered(grant);
    }

    private static void assertDelivered(String grant) {
        assertThat(EMULATOR.state().tokenRequestsByGrant()).containsOnlyKeys(grant);
        assertThat(EMULATOR.state().activities()).singleElement()
                .extracting(RecordedActivity::businessUnitId).isEqualTo(BUSINESS_UNIT);
    }

    private static RouteBuilder deliver() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:deliver").to("pardot:external-activity?extension=Webinar_Service&type=Registered");
            }
        };
    }
}
