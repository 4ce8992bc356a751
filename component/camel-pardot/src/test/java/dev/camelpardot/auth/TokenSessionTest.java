package dev.camelpardot.auth;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import dev.camelpardot.api.EmulatorConfigs;
import dev.camelpardot.api.HttpTransport;
import dev.camelpardot.api.TestThreads;
import dev.camelpardot.api.PardotAuthenticationException;
import dev.camelpardot.api.RetryPolicy;
import dev.camelpardot.api.SecretCheck;
import dev.camelpardot.api.TransportSettings;
import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TokenSessionTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    private static final Duration WAIT = Duration.ofSeconds(30);

    private HttpTransport transport;
    private final List<TokenSession> sessions = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeEach
    void startTransport() {
        EmulatorConfigs.restoreDefaults(EMULATOR.config());
        transport = TestThreads.transport(TransportSettings.defaults());
    }

    @AfterEach
    void close() {
        sessions.forEach(TokenSession::close);
        transport.close();
    }

    private OAuthSettings.Builder settings() {
        return OAuthSettings.builder().loginUrl(EMULATOR.baseUrl()).clientId(EmulatorDefaults.CLIENT_ID);
    }

    private TokenSession session(OAuthSettings settings) {
        return session(settings, TokenSession.DEFAULT_TOKEN_RETRY);
    }

    private TokenSession session(OAuthSettings settings, RetryPolicy retry) {
        TokenSession session = new TokenSession(settings, transport, retry);
        sessions.add(session);
        return session;
    }

    private static AccessToken get(CompletableFuture<AccessToken> future) throws Exception {
        return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static OAuthSettings.Builder refreshTokenSettings(OAuthSettings.Builder builder) {
        return builder.clientSecret(EmulatorDefaults.CLIENT_SECRET).refreshToken(EmulatorDefaults.REFRESH_TOKEN);
    }

    // ---- the four grants -----------------------------------------------------------------------------------------

    @Test
    void refreshTokenGrant() throws Exception {
        TokenSession session = session(refreshTokenSettings(settings()).build());
        AccessToken token = get(session.token());

        assertThat(session.authenticationType()).isEqualTo(AuthenticationType.REFRESH_TOKEN);
        assertThat(token.value()).isNotBlank();
        assertThat(token.instanceUrl()).hasToString(EMULATOR.baseUrl());
        assertThat(token.issuedAt()).isNotNull();
        assertThat(EMULATOR.state().tokenRequests("refresh_token")).isEqualTo(1);
        // cached: a second call makes no request
        assertThat(get(session.token())).isEqualTo(token);
        assertThat(EMULATOR.state().tokenRequests()).isEqualTo(1);
        assertThat(session.tokenRequests()).isEqualTo(1);
    }

    @Test
    void clientCredentialsGrant() throws Exception {
        TokenSession session = session(settings().clientSecret(EmulatorDefaults.CLIENT_SECRET).build());
        assertThat(get(session.token()).value()).isNotBlank();
        assertThat(session.authenticationType()).isEqualTo(AuthenticationType.CLIENT_CREDENTIALS);
        assertThat(EMULATOR.state().tokenRequests("client_credentials")).isEqualTo(1);
    }

    @Test
    void passwordGrant() throws Exception {
        TokenSession session = session(settings().clientSecret(EmulatorDefaults.CLIENT_SECRET)
                .userName(EmulatorDefaults.USERNAME).password(EmulatorDefaults.PASSWORD).build());
        assertThat(get(session.token()).value()).isNotBlank();
        assertThat(session.authenticationType()).isEqualTo(AuthenticationType.USERNAME_PASSWORD);
        assertThat(EMULATOR.state().tokenRequests("password")).isEqualTo(1);
    }

    @Test
    void jwtGrantWithAPemFile() throws Exception {
        KeyPair pair = TestKeys.pair();
        EMULATOR.config().jwtPublicKey(pair.getPublic());
        Path pem = TestKeys.write(dir, "jwt.pem", TestKeys.pkcs8Pem(pair.getPrivate()));

        TokenSession session = session(settings().userName(EmulatorDefaults.USERNAME).jwtKey(JwtKeys.fromPemFile(pem)).build());
        assertThat(get(session.token()).value()).isNotBlank();
        assertThat(session.authenticationType()).isEqualTo(AuthenticationType.JWT);
        assertThat(EMULATOR.state().tokenRequests(TokenRequest.JWT_BEARER)).isEqualTo(1);

        // a refresh signs a new assertion and logs in again
        AccessToken first = get(session.token());
        assertThat(get(session.refresh(first))).isNotEqualTo(first);
        assertThat(EMULATOR.state().tokenRequests(TokenRequest.JWT_BEARER)).isEqualTo(2);
    }

    @Test
    void jwtGrantWithAKeyStoreAndTheUploadedCertificate() throws Exception {
        KeyStore store = TestKeys.keyStore();
        EMULATOR.config().jwtCertificate(TestKeys.certificate(store, "jwt"));

        TokenSession session = session(settings().userName(EmulatorDefaults.USERNAME)
                .jwtKey(JwtKeys.fromKeyStore(store, "jwt", TestKeys.STORE_PASSWORD.toCharArray())).build());
        assertThat(get(session.token()).value()).isNotBlank();
    }

    // ---- sharing and single flight ---------------------------------------------------------------------------------

    @Test
    void concurrentCallersBeforeTheFirstLoginShareOneLogin() throws Exception {
        EMULATOR.config().tokenEndpointLatency(Duration.ofMillis(100));
        TokenSession session = session(refreshTokenSettings(settings()).build());

        List<CompletableFuture<AccessToken>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(session.token());
        }
        Set<String> values = new java.util.HashSet<>();
        for (CompletableFuture<AccessToken> call : calls) {
            values.add(get(call).value());
        }
        assertThat(values).hasSize(1);
        assertThat(EMULATOR.state().tokenRequests("refresh_token")).isEqualTo(1);
    }

    @Test
    void fiftyConcurrentRefreshesOfTheSameStaleTokenMakeOneRequest() throws Exception {
        TokenSession session = session(refreshTokenSettings(settings()).build());
        AccessToken stale = get(session.token());
        EMULATOR.config().tokenEndpointLatency(Duration.ofMillis(100));

        ExecutorService callers = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<AccessToken>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                results.add(callers.submit(() -> {
                    start.await();
                    return get(session.refresh(stale));
                }));
            }
            start.countDown();
            Set<String> fresh = new java.util.HashSet<>();
            for (Future<AccessToken> result : results) {
                fresh.add(result.get(WAIT.toSeconds(), TimeUnit.SECONDS).value());
            }
            assertThat(fresh).hasSize(1).doesNotContain(stale.value());
        } finally {
            callers.shutdownNow();
        }
        // one login + one refresh, and the token endpoint never saw two requests with the same refresh token at once
        assertThat(EMULATOR.state().tokenRequests("refresh_token")).isEqualTo(2);
        assertThat(session.tokenRequests()).isEqualTo(2);
    }

    @Test
    void refreshWithAnAlreadyReplacedTokenReturnsTheCurrentOneAtOnce() throws Exception {
        TokenSession session = session(refreshTokenSettings(settings()).build());
        AccessToken first = get(session.token());
        AccessToken second = get(session.refresh(first));
        long requests = EMULATOR.state().tokenRequests();

        CompletableFuture<AccessToken> late = session.refresh(first);
        assertThat(late).isCompletedWithValue(second);
        assertThat(EMULATOR.state().tokenRequests()).isEqualTo(requests);
    }

    @Test
    void rotatedRefreshTokenIsKeptAndReported() throws Exception {
        // a refresh token of this test's own: rotation invalidates it for the emulator's lifetime
        String own = "rotating-refresh-token-value";
        EMULATOR.config().rotateRefreshTokens(true).refreshToken(own);
        TokenSession session = session(settings().clientSecret(EmulatorDefaults.CLIENT_SECRET).refreshToken(own).build());
        List<String> rotated = new CopyOnWriteArrayList<>();
        session.onRefreshTokenRotated(rotated::add);

        AccessToken first = get(session.token());            // rotates away the configured refresh token
        AccessToken second = get(session.refresh(first));    // works only with the rotated one
        AccessToken third = get(session.refresh(second));

        assertThat(third.value()).isNotEqualTo(second.value());
        assertThat(rotated).hasSize(3).doesNotContain(own);
        assertThat(rotated.stream().distinct().collect(Collectors.toList())).hasSize(3);
    }

    @Test
    void aFailedLoginIsNotCached() throws Exception {
        TokenSession session = session(settings().clientSecret(EmulatorDefaults.CLIENT_SECRET)
                .refreshToken("refresh-token-not-yet-known").build());
        assertThat(catchThrowableOfType(Exception.class, () -> get(session.token())))
                .hasCauseInstanceOf(PardotAuthenticationException.class);

        EMULATOR.config().refreshToken("refresh-token-not-yet-known");
        assertThat(get(session.token()).value()).isNotBlank();
    }

    // ---- errors ----------------------------------------------------------------------------------------------------

    private PardotAuthenticationException loginFailure(TokenSession session) {
        Exception failure = catchThrowableOfType(Exception.class, () -> get(session.token()));
        assertThat(failure).isNotNull().hasCauseInstanceOf(PardotAuthenticationException.class);
        return (PardotAuthenticationException) failure.getCause();
    }

    @Test
    void invalidGrantOnRefreshTokenExplainsWhatToDo() {
        String revoked = "revoked-refresh-token-value";
        TokenSession session = session(settings().clientSecret(EmulatorDefaults.CLIENT_SECRET).refreshToken(revoked).build());
        PardotAuthenticationException failure = loginFailure(session);

        assertThat(failure.getHttpStatus()).isEqualTo(400);
        assertThat(failure.getSalesforceErrorCode()).isEqualTo("invalid_grant");
        assertThat(failure.getAttempts()).isEqualTo(1);
        assertThat(failure.isRetryable()).isFalse();
        assertThat(failure.getMessage())
                .contains("REFRESH_TOKEN flow", "invalid_grant", "revoked, expired or rotated away", "refreshToken");
        SecretCheck.assertNoSecrets(failure, revoked);
        assertThat(EMULATOR.state().tokenRequests("refresh_token")).isEqualTo(1);
    }

    @Test
    void invalidGrantOnJwtNamesCertificateUserAndAudience() {
        KeyPair uploaded = TestKeys.pair();
        KeyPair other = TestKeys.otherPair();
        EMULATOR.config().jwtPublicKey(uploaded.getPublic());
        TokenSession session = session(settings().userName(EmulatorDefaults.USERNAME).jwtKey(other.getPrivate()).build());
        PardotAuthenticationException failure = loginFailure(session);

        assertThat(failure.getMessage()).contains("JWT flow", "invalid_grant", "certificate", "pre-authorized",
                "audience (" + EMULATOR.baseUrl() + ",");
        assertThat(failure.getHint()).contains("jwtAudience");
    }

    @Test
    void wrongPasswordNamesUserNameAndPassword() {
        String wrong = "wrong-password-value";
        TokenSession session = session(settings().clientSecret(EmulatorDefaults.CLIENT_SECRET)
                .userName(EmulatorDefaults.USERNAME).password(wrong).build());
        PardotAuthenticationException failure = loginFailure(session);

        assertThat(failure.getMessage()).contains("USERNAME_PASSWORD flow", "invalid_grant", "userName and password");
        SecretCheck.assertNoSecrets(failure, wrong);
    }

    @Test
    void wrongClientSecretNamesClientIdAndSecret() {
        String wrong = "wrong-client-secret-value";
        TokenSession session = session(settings().clientSecret(wrong).build());
        PardotAuthenticationException failure = loginFailure(session);

        assertThat(failure.getSalesforceErrorCode()).isEqualTo("invalid_client");
        assertThat(failure.getMessage()).contains("CLIENT_CREDENTIALS flow", "clientId", "clientSecret");
        SecretCheck.assertNoSecrets(failure, wrong);
    }

    @Test
    void unreachableLoginHostIsRetriedThenReported() throws Exception {
        int closed = dev.camelpardot.api.StubServer.closedPort();
        RetryPolicy quick = new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(5), true);
        TokenSession session = session(refreshTokenSettings(OAuthSettings.builder().loginUrl("http://127.0.0.1:" + closed)
                .clientId(EmulatorDefaults.CLIENT_ID)).build(), quick);
        PardotAuthenticationException failure = loginFailure(session);

        assertThat(failure.getAttempts()).isEqualTo(3);
        assertThat(failure.getHttpStatus()).isZero();
        assertThat(failure.isRetryable()).isTrue();
        assertThat(failure.getMessage()).contains("no answer", "loginUrl");
        SecretCheck.assertNoSecrets(failure);
    }

    @Test
    void toStringsShowNoSecrets() throws Exception {
        TokenSession session = session(refreshTokenSettings(settings()).password(EmulatorDefaults.PASSWORD).build());
        AccessToken token = get(session.token());
        TokenRequest request = TokenRequest.of(AuthenticationType.REFRESH_TOKEN, session.settings(),
                EmulatorDefaults.REFRESH_TOKEN, java.time.Instant.now());

        for (Object shown : List.of(session, session.settings(), token, request, new TokenResult(token, "rotated-value"))) {
            SecretCheck.assertNoSecrets(shown.toString(), token.value(), "rotated-value");
        }
        assertThat(request.formBody()).contains("grant_type=refresh_token", "refresh_token=emulator-refresh-token");
    }
}
