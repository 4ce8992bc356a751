package dev.camelpardot.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static dev.camelpardot.emulator.EmulatorDefaults.BUSINESS_UNIT_ID;
import static dev.camelpardot.emulator.ExternalActivityCreateTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

class LimitsTest {

    private static final String OTHER_UNIT = "0UvEMULATOR00055AA";
    private static final String BODY = ApiClient.activity("Webinar", "Registered", "ann@example.com", "v");

    private PardotEmulator emulator;
    private ApiClient api;

    @BeforeEach
    void start() {
        emulator = PardotEmulator.start();
        emulator.state().seedReadySetup("Webinar", "Registered");
        emulator.state().addBusinessUnit(OTHER_UNIT, "Other");
        emulator.state().assign("Webinar", OTHER_UNIT);
        api = new ApiClient(emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void oneRequestOverTheInFlightLimitGets66AtOnce() {
        emulator.config().maxInFlightPerBusinessUnit(3).latency(Duration.ofSeconds(2));
        List<CompletableFuture<TestHttp.Response>> slow = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            slow.add(api.createActivityAsync(BUSINESS_UNIT_ID, BODY));
        }
        awaitInFlight(BUSINESS_UNIT_ID, 3);

        TestHttp.Response refused = api.createActivity(BODY);

        assertError(refused, 429, 66, "concurrent request limit");
        assertThat(emulator.state().inFlight(BUSINESS_UNIT_ID)).as("the three are still waiting out their latency").isEqualTo(3);
        slow.forEach(future -> assertThat(future.join().status()).isEqualTo(201));
        assertThat(emulator.state().maxInFlight()).isEqualTo(4);
        assertThat(emulator.state().maxInFlight(BUSINESS_UNIT_ID)).isEqualTo(4);
        assertThat(emulator.state().responseCount(429, 66)).isEqualTo(1);
        assertThat(emulator.state().activityCount()).isEqualTo(3);
        assertThat(emulator.state().inFlight(BUSINESS_UNIT_ID)).isZero();
    }

    @Test
    void theLimitIsPerBusinessUnit() {
        emulator.config().maxInFlightPerBusinessUnit(1).latency(Duration.ofSeconds(2));
        CompletableFuture<TestHttp.Response> first = api.createActivityAsync(BUSINESS_UNIT_ID, BODY);
        awaitInFlight(BUSINESS_UNIT_ID, 1);

        assertThat(api.createActivity(OTHER_UNIT, BODY).status()).isEqualTo(201);
        assertThat(first.join().status()).isEqualTo(201);
        assertThat(emulator.state().maxInFlightByBusinessUnit()).containsEntry(BUSINESS_UNIT_ID, 1).containsEntry(OTHER_UNIT, 1);
    }

    @Test
    void aSlotIsFreeAsSoonAsTheClientHasItsResponse() {
        emulator.config().maxInFlightPerBusinessUnit(1);
        for (int i = 0; i < 50; i++) {
            TestHttp.Response response = api.createActivity(BODY);
            assertThat(response.status()).as("request %d: %s", i, response.body()).isEqualTo(201);
        }
        assertThat(emulator.state().maxInFlight()).isEqualTo(1);
    }

    @Test
    void dailyLimitIs122WithHttp429UntilReset() {
        emulator.config().dailyLimit(3);
        for (int i = 0; i < 3; i++) {
            assertThat(api.createActivity(BODY).status()).isEqualTo(201);
        }
        assertError(api.createActivity(BODY), 429, 122, "Daily API rate limit met");
        assertError(api.v5Get("/api/v5/external-activities?fields=id"), 429, 122, "Daily API rate limit met");
        assertThat(api.createActivity(OTHER_UNIT, BODY).status()).as("another business unit has its own count").isEqualTo(201);
        assertThat(emulator.state().activityCount()).isEqualTo(4);

        emulator.reset();
        emulator.state().seedReadySetup("Webinar", "Registered");
        assertThat(api.createActivity(BODY).status()).as("reset starts the count again").isEqualTo(201);
    }

    @Test
    void aNewDailyLimitStartsTheCountAgain() {
        emulator.config().dailyLimit(1);
        assertThat(api.createActivity(BODY).status()).isEqualTo(201);
        assertThat(api.createActivity(BODY).status()).isEqualTo(429);
        emulator.config().dailyLimit(2);
        assertThat(api.createActivity(BODY).status()).isEqualTo(201);
        assertThat(api.createActivity(BODY).status()).isEqualTo(201);
        assertThat(api.createActivity(BODY).status()).isEqualTo(429);
        assertThat(emulator.state().responseCount(429, 122)).isEqualTo(2);
    }

    @Test
    void zeroMeansNoLimit() {
        emulator.config().maxInFlightPerBusinessUnit(0).dailyLimit(0).latency(Duration.ofMillis(300));
        List<CompletableFuture<TestHttp.Response>> all = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            all.add(api.createActivityAsync(BUSINESS_UNIT_ID, BODY));
        }
        all.forEach(future -> assertThat(future.join().status()).isEqualTo(201));
        assertThat(emulator.state().responseCount(429, 66)).isZero();
    }

    private void awaitInFlight(String businessUnitId, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (emulator.state().inFlight(businessUnitId) < count) {
            assertThat(System.nanoTime()).as("requests never arrived").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
