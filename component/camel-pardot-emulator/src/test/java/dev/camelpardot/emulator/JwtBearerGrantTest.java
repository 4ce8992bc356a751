package dev.camelpardot.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import static dev.camelpardot.emulator.EmulatorDefaults.CLIENT_ID;
import static dev.camelpardot.emulator.EmulatorDefaults.USERNAME;
import static dev.camelpardot.emulator.OAuthEndpointTest.assertOAuthError;
import static org.assertj.core.api.Assertions.assertThat;

class JwtBearerGrantTest {

    private static final String GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private static final String LOGIN = "https://login.salesforce.com";

    private static KeyPair appKey;
    private static KeyPair otherKey;

    private PardotEmulator emulator;
    private TestHttp http;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        appKey = generator.generateKeyPair();
        otherKey = generator.generateKeyPair();
    }

    @BeforeEach
    void start() {
        emulator = PardotEmulator.start(EmulatorConfig.defaults().jwtPublicKey(appKey.getPublic()));
        http = new TestHttp(emulator.baseUrl());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void validAssertionGetsATokenWithoutRefreshToken() {
        TestHttp.Response response = exchange(jwt(appKey.getPrivate(), CLIENT_ID, USERNAME, LOGIN, inSeconds(120)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.object()).containsKey("access_token").doesNotContainKey("refresh_token");
        assertThat(emulator.state().tokenRequests(GRANT)).isEqualTo(1);
    }

    @Test
    void sandboxAndEmulatorAudiencesAreAccepted() {
        assertThat(exchange(jwt(appKey.getPrivate(), CLIENT_ID, USERNAME, "https://test.salesforce.com", inSeconds(60))).status()).isEqualTo(200);
        assertThat(exchange(jwt(appKey.getPrivate(), CLIENT_ID, USERNAME, emulator.baseUrl(), inSeconds(60))).status()).isEqualTo(200);
    }

    @Test
    void signatureByAnotherKeyIsRejected() {
        assertInvalidGrant(exchange(jwt(otherKey.getPrivate(), CLIENT_ID, USERNAME, LOGIN, inSeconds(60))), "signature");
    }

    @Test
    void tamperedClaimsAreRejected() {
        String[] parts = jwt(appKey.getPrivate(), CLIENT_ID, USERNAME, LOGIN, inSeconds(60)).split("\\.");
        String otherClaims = encode(claims(CLIENT_ID, "admin@example.com", LOGIN, inSeconds(60)));
        assertInvalidGrant(exchange(parts[0] + "." + otherClaims + "." + parts[2]), "signature");
    }

    @Test
    void wrongAudienceIsRejected() {
        assertInvalidGrant(exchange(jwt(appKey.getPrivate(), CLIENT_ID, USERNAME, "https://example.com", inSeconds(60))), "audience is invalid");
    }

    @Test
    void expiryMoreThanThreeMinutesAheadIsRejected() {
        assertInvalidGrant(exchange(jwt(appKey.getPrivate(), CLIENT_ID, USERNAME, LOGIN, inSeconds(300))), "at most 3 minutes");
    }

    @Test
    void expiredAssertionIsRejected() {
        assertInvalidGrant(exchange(jwt(appKey.getPrivate(), CLIENT_ID, USERNAME, LOGIN, inSeconds(-10))), "in the past");
    }

    @Test
    void missingExpiryIsRejected() {
        String claims = "{\"iss\":\"" + CLIENT_ID + "\",\"sub\":\"" + USERNAME + "\",\"aud\":\"" + LOGIN + "\"}";
        assertInvalidGrant(exchange(sign(appKey.getPrivate(), "{\"alg\":\"RS256\"}", claims)), "exp");
    }

    @Test
    void wrongIssuerOrSubjectIsRejected() {
        assertOAuthError(exchange(jwt(appKey.getPrivate(), "other-app", USERNAME, LOGIN, inSeconds(60))),
                400, "invalid_client_id", "client identifier invalid");
        assertInvalidGrant(exchange(jwt(appKey.getPrivate(), CLIENT_ID, "other@example.com", LOGIN, inSeconds(60))), "approved");
    }

    @Test
    void legacyPrnClaimWinsOverSub() {
        String claims = "{\"iss\":\"" + CLIENT_ID + "\",\"sub\":\"other@example.com\",\"prn\":\"" + USERNAME
                + "\",\"aud\":\"" + LOGIN + "\",\"exp\":" + inSeconds(60) + "}";
        assertThat(exchange(sign(appKey.getPrivate(), "{\"alg\":\"RS256\"}", claims)).status()).isEqualTo(200);
    }

    @Test
    void otherAlgorithmsAndMalformedAssertionsAreRejected() {
        assertInvalidGrant(exchange(sign(appKey.getPrivate(), "{\"alg\":\"HS256\"}", claims(CLIENT_ID, USERNAME, LOGIN, inSeconds(60)))), "RS256");
        assertInvalidGrant(exchange("only.two"), "three");
        assertInvalidGrant(exchange("!!!.@@@.###"), "invalid assertion");
        assertOAuthError(http.token("grant_type", GRANT), 400, "invalid_request", "assertion is required for the jwt-bearer grant");
    }

    @Test
    void withoutAConfiguredKeyEveryAssertionIsRejected() {
        emulator.config().jwtPublicKey(null);
        assertInvalidGrant(exchange(jwt(appKey.getPrivate(), CLIENT_ID, USERNAME, LOGIN, inSeconds(60))), "no certificate");
    }

    @Test
    void aConfiguredCertificateVerifiesAssertions(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("app.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "app", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=app",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit")
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        X509Certificate certificate = (X509Certificate) store.getCertificate("app");
        PrivateKey key = (PrivateKey) store.getKey("app", "changeit".toCharArray());

        emulator.config().jwtCertificate(certificate);
        assertThat(exchange(jwt(key, CLIENT_ID, USERNAME, LOGIN, inSeconds(60))).status()).isEqualTo(200);
        assertInvalidGrant(exchange(jwt(appKey.getPrivate(), CLIENT_ID, USERNAME, LOGIN, inSeconds(60))), "signature");

        String pem = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        emulator.config().jwtPublicKey(appKey.getPublic());
        TestHttp.Response configured = http.send("POST", "/emulator/config", "application/json",
                "{\"jwtCertificate\":" + Json.quote(pem) + "}");
        assertThat(configured.status()).as(configured.body()).isEqualTo(200);
        assertThat(exchange(jwt(key, CLIENT_ID, USERNAME, LOGIN, inSeconds(60))).status()).isEqualTo(200);
    }

    private TestHttp.Response exchange(String assertion) {
        return http.token("grant_type", GRANT, "assertion", assertion);
    }

    private static void assertInvalidGrant(TestHttp.Response response, String descriptionPart) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.object().get("error")).isEqualTo("invalid_grant");
        assertThat((String) response.object().get("error_description")).contains(descriptionPart);
    }

    private static long inSeconds(long seconds) {
        return Instant.now().getEpochSecond() + seconds;
    }

    private static String claims(String iss, String sub, String aud, long exp) {
        return "{\"iss\":" + Json.quote(iss) + ",\"sub\":" + Json.quote(sub) + ",\"aud\":" + Json.quote(aud) + ",\"exp\":" + exp + "}";
    }

    static String jwt(PrivateKey key, String iss, String sub, String aud, long exp) {
        return sign(key, "{\"alg\":\"RS256\"}", claims(iss, sub, aud, exp));
    }

    static String sign(PrivateKey key, String header, String claims) {
        try {
            String signingInput = encode(header) + "." + encode(claims);
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
