package dev.camelpardot.api;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers the emulator does not give, from a scripted server. */
class PardotApiStubTest {

    private static final String BU = "0UvSTUB0000000000A";
    private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), false);
    private static final String CREATED = "{\"id\":42}";

    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }

    private StubServer stub(java.util.function.Function<StubServer.Seen, StubServer.Answer> script) throws Exception {
        StubServer server = StubServer.start(script);
        resources.add(server);
        return server;
    }

    private ApiFixture fixture(StubServer server, RetryPolicy retry) {
        return fixture(server, null, retry);
    }

    private ApiFixture fixture(StubServer server, URI instanceUrl, RetryPolicy retry) {
        ApiFixture fixture = new ApiFixture(server.baseUrl(), instanceUrl, 5, retry, TransportSettings.defaults());
        resources.add(0, fixture);
        return fixture;
    }

    private static boolean isApi(StubServer.Seen request) {
        return !request.uri().startsWith("/services/oauth2/");
    }

    private static PardotApiException failure(CompletableFuture<?> future) {
        Throwable thrown = future.handle((value, error) -> error).join();
        assertThat(thrown).as("the call should have failed").isNotNull();
        Throwable cause = Futures.unwrap(thrown);
        assertThat(cause).isInstanceOf(PardotApiException.class);
        SecretCheck.assertNoSecrets(cause);
        return (PardotApiException) cause;
    }

    @Test
    void aFailedLoginGivesThePermitBack() throws Exception {
        StubServer server = stub(request -> request.uri().startsWith("/services/oauth2/")
                ? StubServer.Answer.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"expired\"}")
                : StubServer.Answer.json(201, CREATED));
        ApiFixture fixture = new ApiFixture(server.baseUrl(), null, 1, QUICK, TransportSettings.defaults());
        resources.add(0, fixture);

        for (int call = 0; call < 2; call++) {
            PardotApiException failure = failure(fixture.api.createExternalActivity(BU, "{}"));
            assertThat(failure).isInstanceOf(PardotAuthenticationException.class);
        }
        // with a leaked permit the second call would still wait: it failed on its own login, so the cap of 1 is free
        assertThat(fixture.api.inFlight(BU)).isZero();
        assertThat(fixture.api.waiting(BU)).isZero();
        assertThat(fixture.api.permits().get(BU)).isEqualTo(new PardotApi.Permits(0, 0, 1));
        assertThat(fixture.api.stats().inFlight()).isZero();
        assertThat(fixture.api.stats().maxInFlight()).isEqualTo(1);
        assertThat(server.requests()).filteredOn(PardotApiStubTest::isApi).isEmpty();
    }

    @Test
    void inFlightAndWaitingAreCountedPerBusinessUnit() throws Exception {
        java.util.concurrent.CountDownLatch answer = new java.util.concurrent.CountDownLatch(1);
        StubServer server = stub(request -> {
            if (isApi(request)) {
                try {
                    answer.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return StubServer.Answer.json(201, CREATED);
            }
            return null;
        });
        ApiFixture fixture = new ApiFixture(server.baseUrl(), null, 1, QUICK, TransportSettings.defaults());
        resources.add(0, fixture);
        CompletableFuture<ApiResponse> first = fixture.api.createExternalActivity(BU, "{}");
        CompletableFuture<ApiResponse> second = fixture.api.createExternalActivity(BU, "{}");
        CompletableFuture<ApiResponse> other = fixture.api.createExternalActivity("0UvSTUB0000000000B", "{}");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> fixture.api.inFlight(BU) == 1 && fixture.api.waiting(BU) == 1);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> fixture.api.inFlight("0UvSTUB0000000000B") == 1);
        assertThat(fixture.api.waiting()).isEqualTo(1);
        assertThat(fixture.api.permits()).containsEntry(BU, new PardotApi.Permits(1, 1, 1))
                .containsEntry("0UvSTUB0000000000B", new PardotApi.Permits(1, 0, 1));
        assertThat(fixture.api.inFlight("0UvNEVERUSED00000A")).isZero();
        assertThat(fixture.api.stats().inFlight()).isEqualTo(2);
        answer.countDown();
        CompletableFuture.allOf(first, second, other).get(10, TimeUnit.SECONDS);
        assertThat(fixture.api.waiting()).isZero();
    }

    @Test
    void inputsThatCannotBeSentFailBeforeAnyRequest() throws Exception {
        StubServer server = stub(request -> null);
        ApiFixture fixture = fixture(server, QUICK);
        PardotApi api = fixture.api;
        assertThat(field(api.createExternalActivity(BU, null))).isEqualTo("body");
        assertThat(field(api.readExternalActivity(BU, " ", "id"))).isEqualTo("id");
        assertThat(field(api.toolingCreate("MarketingAppExtension", null))).isEqualTo("body");
        assertThat(field(api.toolingUpdate("MarketingAppExtension", "0XM000000000001AAA", null))).isEqualTo("body");
        assertThat(field(api.toolingGet("Marketing-App", "0XM000000000001AAA"))).isEqualTo("sobject");
        assertThat(field(api.toolingDelete("MarketingAppExtension", null))).isEqualTo("id");
        assertThat(field(api.toolingQuery(" "))).isEqualTo("soql");
        assertThat(field(api.toolingQueryMore("https://elsewhere/services/data/v62.0/query/x"))).isEqualTo("nextRecordsUrl");
        assertThat(server.requests()).isEmpty();
        assertThat(api.apiVersion()).isEqualTo("62.0");
        assertThat(api.retryPolicy()).isEqualTo(QUICK);
        assertThat(api.maxConcurrentRequests()).isEqualTo(5);
        assertThat(api.toString()).isEqualTo("PardotApi[" + server.baseUrl() + ", apiVersion=62.0, maxConcurrentRequests=5]");
        assertThat(api.withRetryPolicy(QUICK)).isSameAs(api);
        assertThat(fixture.transport.settings()).isEqualTo(TransportSettings.defaults());
        fixture.transport.close();
        assertThat(fixture.transport.send(java.net.http.HttpRequest.newBuilder(URI.create(server.baseUrl())).build())
                .handle((r, e) -> e.getMessage()).get(10, TimeUnit.SECONDS)).isEqualTo("the HTTP transport is closed");
        assertThat(fixture.transport.delay(Duration.ofMillis(1)).handle((r, e) -> e.getMessage())
                .get(10, TimeUnit.SECONDS)).isEqualTo("the HTTP transport is closed");
    }

    private static String field(CompletableFuture<?> call) {
        Throwable thrown = Futures.unwrap(call.handle((value, error) -> error).join());
        assertThat(thrown).isInstanceOf(PardotValidationException.class);
        return ((PardotValidationException) thrown).getField();
    }

    @Test
    void sendsTheAccountEngagementHeaders() throws Exception {
        StubServer server = stub(request -> isApi(request) ? StubServer.Answer.json(201, CREATED) : null);
        ApiFixture fixture = fixture(server, QUICK);
        fixture.api.createExternalActivity(BU, "{}").get(30, TimeUnit.SECONDS);

        StubServer.Seen seen = server.requests().get(0);
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.uri()).isEqualTo("/api/v5/external-activities");
        assertThat(seen.header("Authorization")).isEqualTo("Bearer stub-token-1");
        assertThat(seen.header("Pardot-Business-Unit-Id")).isEqualTo(BU);
        assertThat(seen.header("Content-Type")).isEqualTo("application/json");
        assertThat(seen.header("Accept")).isEqualTo("application/json");
        assertThat(seen.body()).isEqualTo("{}");
    }

    @Test
    void encodesQueryParameters() throws Exception {
        StubServer server = stub(request -> isApi(request) ? StubServer.Answer.json(200, "{\"values\":[]}") : null);
        ApiFixture fixture = fixture(server, QUICK);
        fixture.api.queryExternalActivities(BU, "id,email", 10, "tok+en/=").get(30, TimeUnit.SECONDS);
        fixture.api.toolingQuery("SELECT Id FROM PardotTenant WHERE MasterLabel = 'A B'").get(30, TimeUnit.SECONDS);

        assertThat(server.requests().get(0).uri())
                .isEqualTo("/api/v5/external-activities?fields=id%2Cemail&limit=10&nextPageToken=tok%2Ben%2F%3D");
        assertThat(server.requests().get(1).uri()).isEqualTo("/services/data/v62.0/tooling/query/?q="
                + "SELECT%20Id%20FROM%20PardotTenant%20WHERE%20MasterLabel%20%3D%20%27A%20B%27");
        assertThat(server.requests().get(1).header("Pardot-Business-Unit-Id")).isNull();
    }

    @Test
    void anyTwoHundredIsSuccessWithOrWithoutBody() throws Exception {
        StubServer server = stub(request -> isApi(request) ? StubServer.Answer.text(204, "") : null);
        ApiResponse response = fixture(server, QUICK).api.createExternalActivity(BU, "{}").get(30, TimeUnit.SECONDS);
        assertThat(response.status()).isEqualTo(204);
        assertThat(response.hasBody()).isFalse();
    }

    @Test
    void plain429IsRetried() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        StubServer server = stub(request -> {
            if (!isApi(request)) {
                return null;
            }
            return calls.incrementAndGet() <= 2 ? StubServer.Answer.text(429, "Too Many Requests")
                    : StubServer.Answer.json(201, CREATED);
        });
        ApiFixture fixture = fixture(server, QUICK);
        ApiResponse response = fixture.api.createExternalActivity(BU, "{}").get(30, TimeUnit.SECONDS);

        assertThat(response.attempts()).isEqualTo(3);
        assertThat(fixture.api.stats().retries()).isEqualTo(2);
    }

    @Test
    void gatewayErrorsAreRetriedUntilMaxRetries() throws Exception {
        StubServer server = stub(request -> isApi(request) ? StubServer.Answer.text(502, "Bad Gateway") : null);
        PardotApiException error = failure(fixture(server, QUICK).api.createExternalActivity(BU, "{}"));

        assertThat(error.getHttpStatus()).isEqualTo(502);
        assertThat(error.getAttempts()).isEqualTo(4);
        assertThat(error.isRetryable()).isTrue();
        assertThat(error.getMessage()).contains("HTTP 502: Bad Gateway", "after 4 attempts");
        assertThat(server.requests()).hasSize(4);
    }

    @Test
    void notFoundIsNotRetried() throws Exception {
        StubServer server = stub(request -> isApi(request)
                ? StubServer.Answer.json(404, "{\"code\":192,\"message\":\"Invalid ID\"}") : null);
        PardotApiException error = failure(fixture(server, QUICK).api.readExternalActivity(BU, "7", "id"));
        assertThat(error.getErrorCode()).isEqualTo(192);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void code184ThatSurvivesARefreshHintsAtScopeAndUserSync() throws Exception {
        StubServer server = stub(request -> isApi(request)
                ? StubServer.Answer.json(400, "{\"code\":184,\"message\":\"access_token is invalid, unknown, or malformed\"}")
                : null);
        ApiFixture fixture = fixture(server, QUICK);
        PardotApiException error = failure(fixture.api.createExternalActivity(BU, "{}"));

        assertThat(error.getErrorCode()).isEqualTo(184);
        assertThat(error.getAttempts()).isEqualTo(2);
        assertThat(error.getHint()).contains("pardot_api", "synced to this business unit");
        assertThat(server.tokenRequests()).hasSize(2);
        assertThat(server.requests()).extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer stub-token-1", "Bearer stub-token-2");
        SecretCheck.assertNoSecrets(error, "stub-token-1", "stub-token-2");
    }

    @Test
    void code49IsNotCuredByARefresh() throws Exception {
        StubServer server = stub(request -> isApi(request) ? StubServer.Answer.json(401,
                "{\"code\":49,\"message\":\"User associated with access token is not valid for the Pardot Business Unit "
                + "ID specified in Pardot-Business-Unit-Id header\"}") : null);
        PardotApiException error = failure(fixture(server, QUICK).api.createExternalActivity(BU, "{}"));

        assertThat(error.getErrorCode()).isEqualTo(49);
        assertThat(error.getHint()).contains("not allowed in that business unit");
        assertThat(server.tokenRequests()).hasSize(1);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void toolingInvalidSessionRefreshesOnceThenRetries() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        StubServer server = stub(request -> {
            if (!isApi(request)) {
                return null;
            }
            return calls.incrementAndGet() == 1
                    ? StubServer.Answer.json(401, "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]")
                    : StubServer.Answer.json(200, "{\"Id\":\"0XM000000000000AAA\"}");
        });
        ApiFixture fixture = fixture(server, QUICK);
        ApiResponse response = fixture.api.toolingGet("MarketingAppExtension", "0XM000000000000AAA").get(30, TimeUnit.SECONDS);

        assertThat(response.attempts()).isEqualTo(2);
        assertThat(server.tokenRequests()).hasSize(2);
        assertThat(fixture.api.stats().refreshes()).isEqualTo(1);
        assertThat(fixture.api.stats().retries()).isZero();
    }

    @Test
    void instanceUrlOverrideWinsOverTheTokens() throws Exception {
        StubServer login = stub(request -> null);
        StubServer instance = stub(request -> StubServer.Answer.json(200, "{\"totalSize\":0,\"records\":[]}"));
        ApiFixture fixture = fixture(login, URI.create(instance.baseUrl() + "/"), QUICK);
        fixture.api.toolingQuery("SELECT Id FROM PardotTenant").get(30, TimeUnit.SECONDS);

        assertThat(login.requests()).isEmpty();
        assertThat(instance.requests()).hasSize(1);
        assertThat(instance.requests().get(0).uri()).startsWith("/services/data/v62.0/tooling/query/?q=");
    }

    @Test
    void closedClientFailsQueuedCalls() throws Exception {
        java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
        StubServer server = stub(request -> {
            if (!isApi(request)) {
                return null;
            }
            try {
                hold.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return StubServer.Answer.json(201, CREATED);
        });
        ApiFixture fixture = fixture(server, QUICK);
        List<CompletableFuture<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(fixture.api.createExternalActivity(BU, "{}"));
        }
        org.awaitility.Awaitility.await().until(() -> fixture.api.waiting(BU) == 3);
        fixture.api.close();
        hold.countDown();

        assertThat(failure(calls.get(7)).getMessage()).contains("closed");
        assertThat(failure(fixture.api.createExternalActivity(BU, "{}")).getMessage()).contains("closed");
    }
}
