package dev.camelpardot.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PardotApiTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    private static final String BU = EmulatorDefaults.BUSINESS_UNIT_ID;
    private static final RetryPolicy PATIENT = new RetryPolicy(20, Duration.ofMillis(5), Duration.ofMillis(100), false);

    private final List<ApiFixture> fixtures = new ArrayList<>();

    @BeforeEach
    void seed() {
        EmulatorConfigs.restoreDefaults(EMULATOR.config());
        EMULATOR.state().seedReadySetup("Webinar", "Registered");
    }

    @AfterEach
    void close() {
        fixtures.forEach(ApiFixture::close);
    }

    private PardotApi api(int maxConcurrentRequests, RetryPolicy retry) {
        return fixture(maxConcurrentRequests, retry, TransportSettings.defaults()).api;
    }

    private ApiFixture fixture(int maxConcurrentRequests, RetryPolicy retry, TransportSettings transport) {
        ApiFixture fixture = new ApiFixture(EMULATOR.baseUrl(), null, maxConcurrentRequests, retry, transport);
        fixtures.add(fixture);
        return fixture;
    }

    private static String activity(int n) {
        return "{\"extension\":\"Webinar\",\"type\":\"Registered\",\"email\":\"person" + n
               + "@example.com\",\"value\":\"seat " + n + "\",\"activityDate\":\"2025-01-01T11:08:00+00:00\"}";
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(60, TimeUnit.SECONDS);
    }

    /** The PardotApiException a failed future carries. */
    private static <E extends PardotApiException> E failure(CompletableFuture<?> future, Class<E> type) {
        Throwable thrown = future.handle((value, error) -> error).join();
        assertThat(thrown).as("the call should have failed").isNotNull();
        Throwable cause = Futures.unwrap(thrown);
        assertThat(cause).isInstanceOf(type);
        SecretCheck.assertNoSecrets(cause);
        return type.cast(cause);
    }

    private static List<CompletableFuture<ApiResponse>> createMany(PardotApi api, int count) {
        List<CompletableFuture<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            calls.add(api.createExternalActivity(BU, activity(i)));
        }
        return calls;
    }

    private static void assertAllSucceed(List<CompletableFuture<ApiResponse>> calls) throws Exception {
        for (CompletableFuture<ApiResponse> call : calls) {
            assertThat(get(call).status()).isBetween(200, 299);
        }
    }

    // ---- the happy paths -------------------------------------------------------------------------------------------

    @Test
    void createsReadsAndQueriesExternalActivities() throws Exception {
        PardotApi api = api(5, RetryPolicy.defaults());
        ApiResponse created = get(api.createExternalActivity(BU, activity(1)));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.attempts()).isEqualTo(1);
        String id = Json.MAPPER.readTree(created.body()).get("id").asText();

        ApiResponse read = get(api.readExternalActivity(BU, id, "id,email,value"));
        assertThat(Json.MAPPER.readTree(read.body()).get("email").asText()).isEqualTo("person1@example.com");

        get(api.createExternalActivity(BU, activity(2)));
        ApiResponse page = get(api.queryExternalActivities(BU, "id,email", 1, null));
        JsonNode values = Json.MAPPER.readTree(page.body()).get("values");
        assertThat(values).hasSize(1);

        assertThat(EMULATOR.state().activities()).hasSize(2)
                .allSatisfy(recorded -> assertThat(recorded.businessUnitId()).isEqualTo(BU));
        assertThat(api.stats().successes()).isEqualTo(4);
    }

    @Test
    void toolingCallsUseTheTokensInstanceUrl() throws Exception {
        PardotApi api = api(5, RetryPolicy.defaults());
        ApiResponse created = get(api.toolingCreate("MarketingAppExtension",
                "{\"DeveloperName\":\"Survey_Tool\",\"MasterLabel\":\"Survey Tool\",\"IsActive\":false}"));
        assertThat(created.status()).isEqualTo(201);
        String id = Json.MAPPER.readTree(created.body()).get("id").asText();
        assertThat(id).startsWith("0XM").hasSize(18);

        assertThat(get(api.toolingUpdate("MarketingAppExtension", id, "{\"MasterLabel\":\"Survey Tool 2\"}")).status())
                .isEqualTo(204);
        JsonNode record = Json.MAPPER.readTree(get(api.toolingGet("MarketingAppExtension", id)).body());
        assertThat(record.get("MasterLabel").asText()).isEqualTo("Survey Tool 2");

        JsonNode query = Json.MAPPER.readTree(get(api.toolingQuery(
                "SELECT Id, MasterLabel FROM MarketingAppExtension WHERE DeveloperName = 'Survey_Tool'")).body());
        assertThat(query.get("totalSize").asInt()).isEqualTo(1);

        String assignment = Json.MAPPER.readTree(get(api.toolingCreate("MarketingAppExtAssignment",
                "{\"MarketingAppExtensionId\":\"" + id + "\",\"ParentId\":\"" + BU + "\"}")).body()).get("id").asText();
        assertThat(get(api.toolingDelete("MarketingAppExtAssignment", assignment)).status()).isEqualTo(204);
        // Tooling calls do not take Account Engagement permits
        assertThat(api.stats().maxInFlight()).isZero();
    }

    @Test
    void toolingErrorsCarryTheSalesforceErrorCode() throws Exception {
        PardotApi api = api(5, PATIENT);
        String body = "{\"DeveloperName\":\"Survey_Tool\",\"MasterLabel\":\"Survey Tool\"}";
        get(api.toolingCreate("MarketingAppExtension", body));
        PardotApiException duplicate = failure(api.toolingCreate("MarketingAppExtension", body), PardotApiException.class);

        assertThat(duplicate.getHttpStatus()).isEqualTo(400);
        assertThat(duplicate.getSalesforceErrorCode()).isNotBlank();
        assertThat(duplicate.getErrorCode()).isNull();
        assertThat(duplicate.getAttempts()).isEqualTo(1);
        assertThat(duplicate.isRetryable()).isFalse();
        assertThat(duplicate.getMessage()).startsWith("create MarketingAppExtension (POST " + EMULATOR.baseUrl()
                                                      + "/services/data/v62.0/tooling/sobjects/MarketingAppExtension) failed: HTTP 400");
    }

    @Test
    void futuresCompleteOnTransportThreads() throws Exception {
        // the answers must come after the dependent stages are attached, or those would run on this thread
        EMULATOR.config().latency(Duration.ofMillis(200));
        PardotApi api = api(5, RetryPolicy.defaults());
        String thread = get(api.createExternalActivity(BU, activity(1)).thenApply(r -> Thread.currentThread().getName()));
        assertThat(thread).startsWith("test-worker-");
        String failedOn = get(api.createExternalActivity(null, activity(1)).handle((r, e) -> Thread.currentThread().getName()));
        assertThat(failedOn).startsWith("test-worker-");
    }

    // ---- authentication --------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "expired token answered with HTTP {0}")
    @ValueSource(ints = { 401, 400 })
    void fiftyConcurrentCallsOnAnExpiredTokenMakeOneTokenRequest(int expiredStatus) throws Exception {
        // a cap of 50 puts every call on the wire at once with the stale token; the latency keeps them there
        EMULATOR.config().expiredTokenStatus(expiredStatus).maxInFlightPerBusinessUnit(50).latency(Duration.ofMillis(100));
        PardotApi api = api(50, RetryPolicy.defaults());
        get(api.session().token());
        EMULATOR.state().expireAccessTokens();

        List<CompletableFuture<ApiResponse>> calls = createMany(api, 50);
        assertAllSucceed(calls);

        assertThat(EMULATOR.state().tokenRequests("refresh_token")).isEqualTo(2);   // the login and one refresh
        long refused = EMULATOR.state().responseCount(expiredStatus, 184);
        // normally all 50; a call issued after the refresh finished (a slow machine) rightly uses the new token
        assertThat(refused).isGreaterThan(1);
        assertThat(api.stats().refreshes()).isEqualTo(refused);
        assertThat(EMULATOR.state().activityCount()).isEqualTo(50);
    }

    @Test
    void callsQueuedBehindARefreshWaitForTheNewToken() throws Exception {
        EMULATOR.config().latency(Duration.ofMillis(20));
        PardotApi api = api(5, RetryPolicy.defaults());
        get(api.session().token());
        EMULATOR.state().expireAccessTokens();

        assertAllSucceed(createMany(api, 50));

        assertThat(EMULATOR.state().tokenRequests("refresh_token")).isEqualTo(2);
        // only the calls in flight when the token expired saw 184; those queued behind them got the new token
        assertThat(EMULATOR.state().responseCount(401, 184)).isBetween(1L, 5L);
    }

    @ParameterizedTest(name = "{0} permits, tokens of {1} calls")
    @CsvSource({ "1,2", "5,5" })
    void callsWhoseNewTokenWasUsedUpByOthersRefreshAgainInsteadOfFailing(int permits, int callsPerToken)
            throws Exception {
        // a refreshed call that queued again would find its new token used up by the calls ahead of it; and where the
        // calls that shared one refresh use its token up, a refused token that already worked is an expiry, not a
        // credentials problem
        EMULATOR.config().tokenMaxCalls(callsPerToken).latency(Duration.ofMillis(5));
        PardotApi api = api(permits, RetryPolicy.none());

        assertAllSucceed(createMany(api, 30));

        assertThat(EMULATOR.state().activityCount()).isEqualTo(30);
        assertThat(EMULATOR.state().responseCount(401, 184)).as("tokens did expire mid-stream").isGreaterThan(5);
        assertThat(api.stats().retries()).isZero();
    }

    // ---- concurrency cap and retries -------------------------------------------------------------------------------

    @Test
    void neverMoreInFlightThanTheCap() throws Exception {
        EMULATOR.config().latency(Duration.ofMillis(20));
        PardotApi api = api(5, RetryPolicy.defaults());

        assertAllSucceed(createMany(api, 50));

        assertThat(EMULATOR.state().maxInFlight()).isLessThanOrEqualTo(5);
        assertThat(EMULATOR.state().responseCount(429, 66)).isZero();
        assertThat(EMULATOR.state().activityCount()).isEqualTo(50);
        assertThat(api.stats().maxInFlight()).isEqualTo(5);
        assertThat(api.stats().inFlight()).isZero();
        assertThat(api.inFlight(BU)).isZero();
    }

    @Test
    void error66IsRetriedUntilEverythingIsThrough() throws Exception {
        // five sent at once against room for two: the latency keeps the first two in place while the rest arrive
        EMULATOR.config().maxInFlightPerBusinessUnit(2).latency(Duration.ofMillis(100));
        // three callers keep bouncing off the two slots: seen up to 9 attempts, so leave a wide margin
        PardotApi api = api(5, new RetryPolicy(50, Duration.ofMillis(5), Duration.ofMillis(100), false));

        assertAllSucceed(createMany(api, 20));

        long refused = EMULATOR.state().responseCount(429, 66);
        assertThat(refused).isPositive();
        assertThat(api.stats().concurrencyLimitErrors()).isEqualTo(refused);
        assertThat(api.stats().retries()).isGreaterThanOrEqualTo(refused);
        assertThat(EMULATOR.state().activityCount()).isEqualTo(20);
    }

    @Test
    void internalError183IsRetried() throws Exception {
        EMULATOR.config().failureRate183(0.3);
        PardotApi api = api(5, PATIENT);

        assertAllSucceed(createMany(api, 30));

        assertThat(EMULATOR.state().responseCount(500, 183)).isPositive();
        assertThat(EMULATOR.state().activityCount()).isEqualTo(30);
    }

    @Test
    void serviceUnavailable503IsRetried() throws Exception {
        EMULATOR.config().failureRate503(0.3);
        PardotApi api = api(5, PATIENT);

        assertAllSucceed(createMany(api, 30));

        assertThat(EMULATOR.state().responseCount(503)).isPositive();
        assertThat(EMULATOR.state().activityCount()).isEqualTo(30);
    }

    @Test
    void droppedConnectionsAreRetriedForReadsAndForCreatesOnlyWithRetryOnTimeout() throws Exception {
        PardotApi setup = api(5, RetryPolicy.defaults());
        String id = Json.MAPPER.readTree(get(setup.createExternalActivity(BU, activity(0))).body()).get("id").asText();
        EMULATOR.config().dropConnectionRate(0.3);

        PardotApi reads = api(5, PATIENT);
        List<CompletableFuture<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            calls.add(reads.readExternalActivity(BU, id, "id"));
        }
        assertAllSucceed(calls);
        long droppedReads = EMULATOR.state().droppedConnections();
        assertThat(droppedReads).isPositive();

        PardotApi creates = api(5, new RetryPolicy(20, Duration.ofMillis(5), Duration.ofMillis(100), true));
        assertAllSucceed(createMany(creates, 30));
        assertThat(EMULATOR.state().droppedConnections()).isGreaterThan(droppedReads);

        EMULATOR.config().dropConnectionRate(1.0);
        PardotApiException lost = failure(api(5, PATIENT).createExternalActivity(BU, activity(99)), PardotApiException.class);
        assertThat(lost.getAttempts()).isEqualTo(1);
        assertThat(lost.getHttpStatus()).isZero();
        assertThat(lost.isRetryable()).isTrue();
        assertThat(lost.getHint()).contains("may have been processed");
    }

    @Test
    void dailyLimitFailsAtOnceWithoutRetrying() throws Exception {
        EMULATOR.config().dailyLimit(2);
        PardotApi api = api(5, PATIENT);
        get(api.createExternalActivity(BU, activity(1)));
        get(api.createExternalActivity(BU, activity(2)));

        PardotDailyLimitException limit = failure(api.createExternalActivity(BU, activity(3)), PardotDailyLimitException.class);

        assertThat(limit.getErrorCode()).isEqualTo(122);
        assertThat(limit.getHttpStatus()).isEqualTo(429);
        assertThat(limit.getAttempts()).isEqualTo(1);
        assertThat(limit.isRetryable()).isFalse();
        assertThat(limit.getHint()).contains("daily");
        assertThat(EMULATOR.state().responseCount(429, 122)).isEqualTo(1);
        assertThat(api.stats().requests()).isEqualTo(3);
        assertThat(api.stats().retries()).isZero();
        assertThat(api.stats().dailyLimitErrors()).as("the daily-limit counter").isEqualTo(1);
        assertThat(api.stats().concurrencyLimitErrors()).isZero();
        assertThat(api.stats().failures()).isEqualTo(1);
        assertThat(api.stats().successes()).isEqualTo(2);
    }

    @Test
    void aTimedOutCreateIsNotRepeatedByDefault() throws Exception {
        EMULATOR.config().latency(Duration.ofMillis(400));
        TransportSettings impatient = TransportSettings.defaults().withTimeouts(null, Duration.ofMillis(100));
        PardotApi api = fixture(5, PATIENT, impatient).api;

        PardotApiException timeout = failure(api.createExternalActivity(BU, activity(1)), PardotApiException.class);

        assertThat(timeout.getAttempts()).isEqualTo(1);
        assertThat(timeout.getHttpStatus()).isZero();
        assertThat(timeout.getHint()).contains("retryOnTimeout=false");
        // the server still records it: exactly why a blind retry would duplicate it
        await().atMost(Duration.ofSeconds(30)).until(() -> EMULATOR.state().activityCount() == 1);
    }

    @Test
    void retryOnTimeoutRepeatsATimedOutCreate() throws Exception {
        EMULATOR.config().latency(Duration.ofMillis(400));
        TransportSettings impatient = TransportSettings.defaults().withTimeouts(null, Duration.ofMillis(100));
        RetryPolicy retryTimeouts = new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(20), true);
        PardotApi api = fixture(5, retryTimeouts, impatient).api;

        PardotApiException timeout = failure(api.createExternalActivity(BU, activity(1)), PardotApiException.class);

        assertThat(timeout.getAttempts()).isEqualTo(3);
        assertThat(timeout.isRetryable()).isTrue();
        assertThat(timeout.getMessage()).contains("after 3 attempts");
        await().atMost(Duration.ofSeconds(30)).until(() -> EMULATOR.state().activityCount() == 3);
    }

    // ---- error mapping and hints -----------------------------------------------------------------------------------

    @Test
    void missingBusinessUnitHeaderHint181() {
        PardotApiException error = failure(api(5, PATIENT).createExternalActivity(null, activity(1)), PardotApiException.class);
        assertThat(error.getErrorCode()).isEqualTo(181);
        assertThat(error.getHint()).contains("Pardot-Business-Unit-Id", "businessUnitId");
        assertThat(error.getMessage()).contains("HTTP 400, code 181").contains("Hint: send the Pardot-Business-Unit-Id");
        assertThat(error.getAttempts()).isEqualTo(1);
    }

    @Test
    void malformedBusinessUnitHint182() {
        PardotApiException error = failure(api(5, PATIENT).createExternalActivity("0UvNOTRIGHT", activity(1)),
                PardotApiException.class);
        assertThat(error.getErrorCode()).isEqualTo(182);
        assertThat(error.getHint()).contains("pi.demo.pardot.com", "businessUnitId");
    }

    @Test
    void unknownBusinessUnitHint201() {
        PardotApiException error = failure(api(5, PATIENT).createExternalActivity("0Uv000000000000AAA", activity(1)),
                PardotApiException.class);
        assertThat(error.getErrorCode()).isEqualTo(201);
        assertThat(error.getHint()).contains("pi.pardot.com", "pi.demo.pardot.com", "environment / pardotUrl");
        assertThat(error.isRetryable()).isFalse();
    }

    @Test
    void invalidJsonIsNotRetried() {
        PardotApi api = api(5, PATIENT);
        PardotApiException error = failure(api.createExternalActivity(BU, "{not json"), PardotApiException.class);
        assertThat(error.getErrorCode()).isEqualTo(150);
        assertThat(error.getAttempts()).isEqualTo(1);
        assertThat(error.getResponseBody()).contains("150");
        assertThat(api.stats().retries()).isZero();
    }

    @Test
    void argumentsAreCheckedBeforeAnyCall() {
        PardotApi api = api(5, PATIENT);
        assertThat(api.readExternalActivity(BU, " ", "id")).isCompletedExceptionally();
        assertThat(api.toolingGet("Bad Name", "x")).isCompletedExceptionally();
        assertThat(api.toolingQuery(null)).isCompletedExceptionally();
        assertThat(api.stats().requests()).isZero();
    }
}
