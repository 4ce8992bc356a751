package dev.camelpardot.app.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.camelpardot.api.PardotApiException;
import dev.camelpardot.api.PardotValidationException;
import org.junit.jupiter.api.Test;

/** The one place that decides retries: what an outage, a refused record and a credentials problem cost an event. */
class DeliveryDecisionTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private static final RetrySchedule RETRIES = new RetrySchedule(Duration.ofSeconds(5), 2.0, Duration.ofSeconds(30));

    private final List<DeliveryGate> pauses = new ArrayList<>();
    private final DeliveryGate gate = new DeliveryGate("0UvEMULATOR00000AA", 5, pauses::add);

    @Test
    void anOutageCostsAtMostTheFailuresBeforeThePauseThenNothing() {
        for (int i = 1; i <= 4; i++) {
            DeliveryDecision decision = decide(unavailable(), 0);
            assertThat(decision.outcome()).as("failure %d, before the threshold", i).isEqualTo(Outcome.RETRY);
            assertThat(decision.attempts()).isEqualTo(1);
        }
        DeliveryDecision fifth = decide(unavailable(), 0);
        assertThat(fifth.outcome()).as("the fifth in a row pauses, and is not counted").isEqualTo(Outcome.REQUEUE);
        assertThat(fifth.attempts()).isZero();
        assertThat(gate.pause().cause()).isEqualTo(DeliveryGate.Cause.OUTAGE);
        assertThat(pauses).containsExactly(gate);

        DeliveryDecision whilePaused = decide(unavailable(), 2);
        assertThat(whilePaused.outcome()).isEqualTo(Outcome.REQUEUE);
        assertThat(whilePaused.attempts()).as("an event's attempts are kept while paused").isEqualTo(2);
        assertThat(pauses).as("paused once").hasSize(1);
    }

    @Test
    void anAnswerInBetweenStartsTheCountAgain() {
        for (int i = 0; i < 20; i++) {
            decide(unavailable(), 0);
            if (i % 4 == 3) {
                gate.answered();
            }
        }
        assertThat(gate.isPaused()).isFalse();
    }

    @Test
    void aRefusedRecordIsDeadLetteredAtOnce() {
        DeliveryDecision decision = decide(new PardotApiException("bad e-mail", 400, 4, null, null, 1, false, null, null), 0);
        assertThat(decision.outcome()).isEqualTo(Outcome.DEAD_LETTER);
        assertThat(decide(new PardotValidationException("email", "missing"), 0).outcome()).isEqualTo(Outcome.DEAD_LETTER);
    }

    @Test
    void otherFailuresCountUntilTheLastAttemptWithGrowingDelays() {
        PardotApiException refused = new PardotApiException("unknown unit", 400, 201, null, null, 1, false, null, null);
        DeliveryDecision first = decide(refused, 0);
        DeliveryDecision second = decide(refused, 1);
        DeliveryDecision last = decide(refused, 2);

        assertThat(first.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(first.delay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(second.delay()).isEqualTo(Duration.ofSeconds(10));
        assertThat(last.outcome()).isEqualTo(Outcome.DEAD_LETTER);
        assertThat(last.attempts()).isEqualTo(3);
        assertThat(gate.isPaused()).isFalse();
    }

    @Test
    void aPausedUnitPutsEventsBackWithoutACall() {
        DeliveryDecision decision = decide(new DeliveryPausedException(gate.businessUnitId()), 1);
        assertThat(decision.outcome()).isEqualTo(Outcome.REQUEUE);
        assertThat(decision.kind()).isNull();
        assertThat(decision.attempts()).isEqualTo(1);
    }

    private DeliveryDecision decide(Exception failure, int attemptsSoFar) {
        return DeliveryDecision.of(failure, attemptsSoFar, gate, null, 3, RETRIES, NOW, NOW.plusSeconds(15));
    }

    private static PardotApiException unavailable() {
        return new PardotApiException("HTTP 503", 503, null, null, null, 1, true, null, null);
    }
}
