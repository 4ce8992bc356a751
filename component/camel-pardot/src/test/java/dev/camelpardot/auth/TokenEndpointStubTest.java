package dev.camelpardot.auth;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelpardot.api.HttpTransport;
import dev.camelpardot.api.TestThreads;
import dev.camelpardot.api.PardotAuthenticationException;
import dev.camelpardot.api.RetryPolicy;
import dev.camelpardot.api.SecretCheck;
import dev.camelpardot.api.StubServer;
import dev.camelpardot.api.TransportSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Token-endpoint answers the emulator does not give. */
class TokenEndpointStubTest {

    private static final String SECRET = "client-secret-value";
    private static final String REFRESH = "refresh-token-value";
    private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), true);

    private final HttpTransport transport = TestThreads.transport(TransportSettings.defaults());
    private StubServer server;

    @AfterEach
    void close() {
        transport.close();
        if (server != null) {
            server.close();
        }
    }

    private TokenSession session(String loginUrl) {
        return new TokenSession(OAuthSettings.builder().loginUrl(loginUrl).clientId("client-id").clientSecret(SECRET)
                .refreshToken(REFRESH).build(), transport, QUICK);
    }

    private static PardotAuthenticationException loginFailure(TokenSession session) {
        Throwable thrown = catchThrowable(() -> session.token().get(30, TimeUnit.SECONDS));
        assertThat(thrown).isNotNull().hasCauseInstanceOf(PardotAuthenticationException.class);
        return (PardotAuthenticationException) thrown.getCause();
    }

    @Test
    void secretsEchoedByTheServerAreMasked() throws Exception {
        server = StubServer.start(request -> StubServer.Answer.json(400, "{\"error\":\"invalid_grant\",\"error_description\":"
                + "\"unknown refresh token " + REFRESH + " for secret " + SECRET + "\"}"));
        PardotAuthenticationException failure = loginFailure(session(server.baseUrl()));

        assertThat(failure.getMessage()).contains("unknown refresh token **** for secret ****");
        assertThat(failure.getResponseBody()).doesNotContain(REFRESH, SECRET);
        SecretCheck.assertNoSecrets(failure, REFRESH, SECRET);
    }

    @Test
    void serverErrorsAreRetried() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server = StubServer.start(request -> calls.incrementAndGet() <= 2 ? StubServer.Answer.text(503, "down") : null);
        TokenSession session = session(server.baseUrl());

        assertThat(session.token().get(30, TimeUnit.SECONDS).value()).isEqualTo("stub-token-1");
        assertThat(session.tokenRequests()).isEqualTo(3);
    }

    @Test
    void serverErrorsAreRetriedExactlyMaxRetriesTimes() throws Exception {
        server = StubServer.start(request -> StubServer.Answer.text(503, "down"));
        PardotAuthenticationException failure = loginFailure(session(server.baseUrl()));

        assertThat(server.requests()).as("the first attempt and QUICK's 3 retries").hasSize(4);
        assertThat(failure.getAttempts()).isEqualTo(4);
        assertThat(failure.isRetryable()).isTrue();
        assertThat(failure.getMessage()).contains("(after 4 attempts)");
    }

    @Test
    void theTokenRetriesBackOffExponentially() {
        // full jitter: the n-th wait is random in [0, min(max, initial * 2^(n-1))]
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(10), true);
        long firstMax = 0;
        long thirdMax = 0;
        for (int i = 0; i < 300; i++) {
            firstMax = Math.max(firstMax, TokenClient.retryDelay(policy, 1).toMillis());
            thirdMax = Math.max(thirdMax, TokenClient.retryDelay(policy, 3).toMillis());
        }
        assertThat(firstMax).isBetween(1L, 100L);
        assertThat(thirdMax).isBetween(101L, 400L);
    }

    @Test
    void aRotatedRefreshTokenEchoedByTheServerIsMasked() throws Exception {
        String rotated = "rotated-refresh-4711";
        AtomicInteger calls = new AtomicInteger();
        server = StubServer.start(request -> calls.incrementAndGet() == 1
                ? StubServer.Answer.json(200, "{\"access_token\":\"first-access\",\"refresh_token\":\"" + rotated + "\"}")
                : StubServer.Answer.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"unknown token "
                                         + rotated + "\"}"));
        TokenSession session = session(server.baseUrl());
        AccessToken first = session.token().get(30, TimeUnit.SECONDS);

        Throwable thrown = catchThrowable(() -> session.refresh(first).get(30, TimeUnit.SECONDS));
        PardotAuthenticationException failure = (PardotAuthenticationException) thrown.getCause();
        assertThat(server.requests().get(1).body()).as("the rotated token was sent").contains(rotated);
        assertThat(failure.getMessage()).contains("unknown token ****").doesNotContain(rotated);
        assertThat(failure.getResponseBody()).doesNotContain(rotated);
    }

    @Test
    void retriesWhileAnotherClientsRefreshIsBeingProcessed() throws Exception {
        // two applications sharing one refresh token: Salesforce refuses the second concurrent refresh
        AtomicInteger calls = new AtomicInteger();
        server = StubServer.start(request -> calls.incrementAndGet() == 1 ? StubServer.Answer.json(400,
                "{\"error\":\"invalid_grant\",\"error_description\":\"token request is already being processed\"}") : null);
        TokenSession session = session(server.baseUrl());

        assertThat(session.token().get(30, TimeUnit.SECONDS).value()).isEqualTo("stub-token-1");
        assertThat(session.tokenRequests()).isEqualTo(2);
    }

    @Test
    void otherInvalidGrantsAreNotRetried() throws Exception {
        server = StubServer.start(request -> StubServer.Answer.json(400,
                "{\"error\":\"invalid_grant\",\"error_description\":\"expired access/refresh token\"}"));
        PardotAuthenticationException failure = loginFailure(session(server.baseUrl()));
        assertThat(failure.getAttempts()).isEqualTo(1);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aLoginUrlThatIsNotSalesforceIsExplained() throws Exception {
        server = StubServer.start(request -> StubServer.Answer.text(404, "<html>Not Found</html>"));
        PardotAuthenticationException failure = loginFailure(session(server.baseUrl() + "/some/path"));

        assertThat(failure.getHttpStatus()).isEqualTo(404);
        assertThat(failure.getAttempts()).isEqualTo(1);
        assertThat(failure.getMessage()).contains("HTTP 404", "must be a Salesforce login host", "without a path");
    }

    @Test
    void aTokenResponseWithoutAccessTokenIsRefused() throws Exception {
        server = StubServer.start(request -> StubServer.Answer.json(200, "{\"hello\":\"world\"}"));
        PardotAuthenticationException failure = loginFailure(session(server.baseUrl()));
        assertThat(failure.getMessage()).contains("HTTP 200 without an access_token");
    }

    @Test
    void sendsTheRefreshTokenForm() throws Exception {
        server = StubServer.start(request -> null);
        session(server.baseUrl()).token().get(30, TimeUnit.SECONDS);

        StubServer.Seen seen = server.tokenRequests().get(0);
        assertThat(seen.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(seen.body()).isEqualTo("grant_type=refresh_token&refresh_token=" + REFRESH
                                          + "&client_id=client-id&client_secret=" + SECRET);
    }
}
