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
