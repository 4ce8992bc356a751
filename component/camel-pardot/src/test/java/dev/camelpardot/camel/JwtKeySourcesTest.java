package dev.camelpardot.camel;

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
import org.apache.camel.Exchange;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The component hands the JWT key to the auth layer from a PEM file (jwtKeyFile) or a keystore (KeyStoreParameters). */
class JwtKeySourcesTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    private static final String JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private static final String STORE_PASSWORD = "store-pass-value";

    @TempDir
    Path dir;

    @AfterEach
    void forgetTheKey() {
        EMULATOR.config().jwtPublicKey(null);
    }

    @Test
    void jwtKeyFile() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024); // small keys: quick to make on a busy machine
        KeyPair pair = generator.generateKeyPair();
        Path pem = Files.writeString(dir.resolve("jwt.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        EMULATOR.config().jwtPublicKey(pair.getPublic());

        assertDeliversWithJwt(c -> c.setJwtKeyFile(pem.toString()));
    }

    @Test
    void keystoreWithItsOnlyKeyEntry() throws Exception {
        Path store = dir.resolve("jwt.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process process = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", "signing", "-keyalg", "RSA",
                "-keysize", "1024", "-dname", "CN=camel-pardot", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD))
                .redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        KeyStore loaded = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            loaded.load(in, STORE_PASSWORD.toCharArray());
        }
        EMULATOR.config().jwtPublicKey(loaded.getCertificate("signing").getPublicKey());

        KeyStoreParameters parameters = new KeyStoreParameters();
        parameters.setResource("file:" + store);
        parameters.setType("PKCS12");
        parameters.setPassword(STORE_PASSWORD);
        assertDeliversWithJwt(c -> c.setKeystore(parameters));
    }

    private void assertDeliversWithJwt(java.util.function.Consumer<PardotConfiguration> keySource) throws Exception {
        EMULATOR.state().seedReadySetup("Webinar", "Registered");
        try (CamelHarness camel = CamelHarness.start(EMULATOR, c -> {
            c.setClientSecret(null);
            c.setRefreshToken(null);
            c.setUserName(EmulatorDefaults.USERNAME);
            keySource.accept(c);
        })) {
            assertThat(EMULATOR.state().tokenRequests(JWT_GRANT)).isEqualTo(1);
            Exchange exchange = camel.send("pardot:external-activity?extension=Webinar&type=Registered",
                    Map.of("email", "jwt@example.com", "value", "signed in"));
            assertThat(exchange.getException()).isNull();
            assertThat(EMULATOR.state().activityCount()).isEqualTo(1);
        }
    }
}
