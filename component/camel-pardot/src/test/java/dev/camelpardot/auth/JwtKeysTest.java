package dev.camelpardot.auth;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JwtKeysTest {

    private static KeyPair pair;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() {
        pair = TestKeys.pair();
    }

    @Test
    void readsPkcs8Pem() throws Exception {
        Path file = TestKeys.write(dir, "key.pem", TestKeys.pkcs8Pem(pair.getPrivate()));
        PrivateKey key = JwtKeys.fromPemFile(file);
        assertThat(key.getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
    }

    @Test
    void readsPkcs1Pem() throws Exception {
        String pem = TestKeys.pkcs1Pem(pair.getPrivate());
        assertThat(pem).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        PrivateKey key = JwtKeys.fromPemFile(TestKeys.write(dir, "rsa.pem", pem));
        assertThat(key.getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
    }

    @Test
    void readsPemWithSurroundingText() {
        String pem = "Bag Attributes\n    friendlyName: jwt\n" + TestKeys.pkcs8Pem(pair.getPrivate());
        assertThat(JwtKeys.fromPem(pem).getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
    }

    @Test
    void missingFileNamesTheOption() {
        Path missing = dir.resolve("missing.pem");
        assertThatThrownBy(() -> JwtKeys.fromPemFile(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jwtKeyFile")
                .hasMessageContaining(missing.toString());
    }

    @Test
    void certificateIsNotAKey() throws Exception {
        Path file = TestKeys.write(dir, "cert.pem", TestKeys.pem("CERTIFICATE", new byte[] { 1, 2, 3 }));
        assertThatThrownBy(() -> JwtKeys.fromPemFile(file)).hasMessageContaining("BEGIN PRIVATE KEY");
    }

    @Test
    void encryptedKeyIsExplained() {
        assertThatThrownBy(() -> JwtKeys.fromPem(TestKeys.pem("ENCRYPTED PRIVATE KEY", new byte[] { 1, 2, 3 })))
                .hasMessageContaining("encrypted")
                .hasMessageContaining("keystore");
    }

    @Test
    void corruptKeyMessageQuotesNoKeyMaterial() {
        String pem = TestKeys.pkcs8Pem(pair.getPrivate());
        String corrupt = pem.substring(0, 200) + pem.substring(260);
        String body = pem.substring(40, 100);
        assertThatThrownBy(() -> JwtKeys.fromPem(corrupt))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid unencrypted RSA private key")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(body));
    }

    @Test
    void readsKeyStoreEntryByAliasOrAsTheOnlyKey() throws Exception {
        KeyStore store = TestKeys.keyStore();
        char[] password = TestKeys.STORE_PASSWORD.toCharArray();
        PrivateKey byAlias = JwtKeys.fromKeyStore(store, "jwt", password);
        assertThat(byAlias.getAlgorithm()).isEqualTo("RSA");
        assertThat(JwtKeys.fromKeyStore(store, null, password).getEncoded()).isEqualTo(byAlias.getEncoded());
        assertThatThrownBy(() -> JwtKeys.fromKeyStore(store, "other", password))
                .hasMessageContaining("no entry with alias 'other'");
        assertThatThrownBy(() -> JwtKeys.fromKeyStore(store, "jwt", "wrong".toCharArray()))
                .hasMessageContaining("key password")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TestKeys.STORE_PASSWORD));
    }
}
