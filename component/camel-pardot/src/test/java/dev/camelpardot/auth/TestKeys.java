package dev.camelpardot.auth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** RSA keys for JWT tests: a generated pair, its PEM forms, and a PKCS#12 key store made by the JDK's keytool. */
final class TestKeys {

    static final String STORE_PASSWORD = "store-password-value";
    static final String ALIAS = "jwt";

    // generating RSA keys and running keytool take seconds on a busy machine: once per test JVM is enough
    private static KeyPair pair;
    private static KeyPair otherPair;
    private static KeyStore keyStore;

    private TestKeys() {
    }

    /** The key pair of "the connected app's certificate". */
    static synchronized KeyPair pair() {
        if (pair == null) {
            pair = generate();
        }
        return pair;
    }

    /** A second, unrelated key pair. */
    static synchronized KeyPair otherPair() {
        if (otherPair == null) {
            otherPair = generate();
        }
        return otherPair;
    }

    /** A PKCS#12 store with one RSA key entry {@link #ALIAS} and its self-signed certificate. */
    static synchronized KeyStore keyStore() throws Exception {
        if (keyStore == null) {
            Path dir = Files.createTempDirectory("camel-pardot-jwt");
            keyStore = keyStore(dir, ALIAS);
            Files.deleteIfExists(dir.resolve("jwt.p12"));
            Files.deleteIfExists(dir);
        }
        return keyStore;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String pkcs8Pem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    /** The PKCS#1 RSAPrivateKey inside the PKCS#8 encoding (the OCTET STRING after version and algorithm). */
    static String pkcs1Pem(PrivateKey key) {
        byte[] der = key.getEncoded();
        int[] outer = header(der, 0);                // SEQUENCE
        int position = outer[0];
        int[] version = header(der, position);       // INTEGER 0
        position = version[0] + version[1];
        int[] algorithm = header(der, position);     // SEQUENCE { OID, NULL }
        position = algorithm[0] + algorithm[1];
        int[] octets = header(der, position);        // OCTET STRING
        return pem("RSA PRIVATE KEY", Arrays.copyOfRange(der, octets[0], octets[0] + octets[1]));
    }

    /** {content start, content length} of the DER element at {@code at}. */
    private static int[] header(byte[] der, int at) {
        int lengthByte = der[at + 1] & 0xFF;
        if (lengthByte < 0x80) {
            return new int[] { at + 2, lengthByte };
        }
        int count = lengthByte & 0x7F;
        int length = 0;
        for (int i = 0; i < count; i++) {
            length = (length << 8) | (der[at + 2 + i] & 0xFF);
        }
        return new int[] { at + 2 + count, length };
    }

    static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
               + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
               + "\n-----END " + label + "-----\n";
    }

    private static KeyStore keyStore(Path dir, String alias) throws Exception {
        Path file = dir.resolve("jwt.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process process = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", alias, "-keyalg", "RSA",
                "-keysize", "2048", "-dname", "CN=camel-pardot-test", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", file.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD))
                .redirectErrorStream(true).start();
        String output;
        try (InputStream out = process.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        return store;
    }

    static X509Certificate certificate(KeyStore store, String alias) throws Exception {
        return (X509Certificate) store.getCertificate(alias);
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.US_ASCII);
    }
}
