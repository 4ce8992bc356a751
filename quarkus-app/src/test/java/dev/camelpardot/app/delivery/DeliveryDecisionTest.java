package dev.camelpardot.app.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.camelpardot.api.PardotApiException;
import dev.camelpardot.api.PardotValidationException;
import org.junit.jupiter.api.Test;

/** The one place that decides retries: what an outage, a refused record and a credentials problem cost an event. */
class DeliveryDecisionTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant NEXT_PROBE = NOW.plusSeconds(15);
    private static final RetrySchedule RETRIES = new RetrySchedule(Duration.ofSeconds(5), 2.0, Duration.ofSeconds(30));

    private final List<DeliveryGate> pauses = new ArrayList<>();
    private final List<DeliveryGate.Pause> resumes = new ArrayList<>();
    private final DeliveryGate gate = new DeliveryGate("0UvEMULATOR00000AA", 5, Clock.fixed(NOW, ZoneOffset.UTC),
            pauses::add, resumes::add);

    @Test
    void anOutageCostsAtMostTheFailuresBeforeThePauseThenNothing() {
        for (int i = 1; i <= 4; i++) {
            DeliveryDecision decision = decide(unavailable(), 0, false);
            assertThat(decision.outcome()).as("failure %d, before the threshold", i).isEqualTo(Outcome.RETRY);
            assertThat(decision.attempts()).isEqualTo(1);
        }
        DeliveryDecision fifth = decide(unavailable(), 0, false);
        assertThat(fifth.outcome()).as("the fifth in a row pauses, and is not counted").isEqualTo(Outcome.REQUEUE);
        assertThat(fifth.attempts()).isZero();
        assertThat(gate.pause().cause()).isEqualTo(DeliveryGate.Cause.OUTAGE);
        assertThat(gate.pause().until()).isEqualTo(NEXT_PROBE);
        assertThat(pauses).containsExactly(gate);

        DeliveryDecision whilePaused = decide(unavailable(), 2, false);
        assertThat(whilePaused.outcome()).isEqualTo(Outcome.REQUEUE);
        assertThat(whilePaused.attempts()).as("an event's attempts are kept while paused").isEqualTo(2);
        assertThat(pauses).as("paused once").hasSize(1);
    }

    @Test
    void anAnswerInBetweenStartsTheCountAgain() {
        for (int i = 0; i < 20; i++) {
            decide(unavailable(), 0, false);
            if (i % 4 == 3) {
                gate.answered();
            }
        }
        assertThat(gate.isPaused()).isFalse();
    }

    @Test
    void aRefusedRecordIsDeadLetteredAtOnce() {
        DeliveryDecision decision = decide(new PardotApiException("bad e-mail", 400, 4, null, null, 1, false, null, null),
                0, false);
        assertThat(decision.outcome()).isEqualTo(Outcome.DEAD_LETTER);
        assertThat(decide(new PardotValidationException("email", "missing"), 0, false).outcome())
                .isEqualTo(Outcome.DEAD_LETTER);
    }

    @Test
    void otherFailuresCountUntilTheLastAttemptWithGrowingDelays() {
        PardotApiException refused = new PardotApiException("unknown unit", 400, 201, null, null, 1, false, null, null);
        DeliveryDecision first = decide(refused, 0, false);
        DeliveryDecision second = decide(refused, 1, false);
        DeliveryDecision last = decide(refused, 2, false);

        assertThat(first.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(first.delay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(second.delay()).isEqualTo(Duration.ofSeconds(10));
        assertThat(last.outcome()).isEqualTo(Outcome.DEAD_LETTER);
        assertThat(last.attempts()).isEqualTo(3);
        assertThat(gate.isPaused()).isFalse();
    }

    @Test
    void aFailedProbeKeepsThePauseUntilTheNextProbeAndAnAnswerEndsIt() {
        pauseNow();
        DeliveryDecision failedProbe = decide(unavailable(), 1, true);
        assertThat(failedProbe.outcome()).isEqualTo(Outcome.REQUEUE);
        assertThat(failedProbe.attempts()).isEqualTo(1);
        assertThat(gate.pause().until()).isEqualTo(NEXT_PROBE);

        decide(new PardotApiException("bad e-mail", 400, 4, null, null, 1, false, null, null), 0, true);
        assertThat(gate.isPaused()).as("any answer means the API is back").isFalse();
        assertThat(resumes).singleElement().satisfies(p -> assertThat(p.cause()).isEqualTo(DeliveryGate.Cause.OUTAGE));
    }

    @Test
    void theDailyLimitPausesUntilItsResetWhateverTheAttempt() {
        DeliveryDecision decision = decide(new dev.camelpardot.api.PardotDailyLimitException("daily", 429, null, 1, null),
                19, false);
        assertThat(decision.outcome()).isEqualTo(Outcome.REQUEUE);
        assertThat(decision.attempts()).isEqualTo(19);
        assertThat(gate.pause().cause()).isEqualTo(DeliveryGate.Cause.DAILY_LIMIT);
        assertThat(gate.pause().until()).isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void aPausedUnitPutsEventsBackWithoutACall() {
        DeliveryDecision decision = decide(new DeliveryPausedException(gate.businessUnitId()), 1, false);
        assertThat(decision.outcome()).isEqualTo(Outcome.REQUEUE);
        assertThat(decision.kind()).isNull();
        assertThat(decision.attempts()).isEqualTo(1);
    }

    /** Pauses the gate with the next probe already due. */
    private void pauseNow() {
        for (int i = 0; i < 5; i++) {
            gate.unavailable("HTTP 503", false, NOW);
        }
        assertThat(gate.isPaused()).isTrue();
    }

    private DeliveryDecision decide(Exception failure, int attemptsSoFar, boolean probe) {
        return DeliveryDecision.of(failure, attemptsSoFar, probe, gate, 3, RETRIES, NEXT_PROBE, NOW.plusSeconds(3600));
    }

    private static PardotApiException unavailable() {
        return new PardotApiException("HTTP 503", 503, null, null, null, 1, true, null, null);
    }
}
