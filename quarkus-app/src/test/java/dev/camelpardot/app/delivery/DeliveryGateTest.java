package dev.camelpardot.app.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The slots of a paused unit: they hold their events, one of them probes when it is time, an answer frees all. */
class DeliveryGateTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final DeliveryGate gate = new DeliveryGate("0UvEMULATOR00000AA", 2, clock, g -> { }, p -> { });
    private final AtomicBoolean stopping = new AtomicBoolean();

    @Test
    void aRunningGateLetsEverySlotThroughAtOnceWithoutAProbe() throws Exception {
        assertThat(gate.awaitTurn(stopping::get)).isFalse();
    }

    @Test
    void oneWaitingSlotProbesWhenItIsTimeTheOthersWaitForItsAnswer() throws Exception {
        pauseUntil(clock.instant().plusSeconds(15));
        CompletableFuture<Boolean> first = slot();
        CompletableFuture<Boolean> second = slot();
        Thread.sleep(300);
        assertThat(first).as("before the probe time every slot holds its event").isNotDone();
        assertThat(second).isNotDone();

        clock.set(clock.instant().plusSeconds(15));
        CompletableFuture<Boolean> probe = CompletableFuture.anyOf(first, second).thenApply(Boolean.class::cast);
        assertThat(probe.get(5, TimeUnit.SECONDS)).as("the first slot to see the probe time probes").isTrue();
        CompletableFuture<Boolean> other = first.isDone() ? second : first;
        Thread.sleep(300);
        assertThat(other).as("one probe at a time").isNotDone();

        gate.unavailable("HTTP 503", true, clock.instant().plusSeconds(15));
        Thread.sleep(300);
        assertThat(other).as("a failed probe: the pause goes on to the next probe time").isNotDone();

        gate.answered();
        assertThat(other.get(5, TimeUnit.SECONDS)).as("an answer frees the others, which are no probes").isFalse();
        assertThat(gate.isPaused()).isFalse();
    }

    @Test
    void aSlotWaitingWhenCamelStopsGivesItsEventBack() {
        pauseUntil(clock.instant().plusSeconds(3600));
        CompletableFuture<Boolean> waiting = slot();
        stopping.set(true);
        assertThatThrownBy(() -> waiting.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(DeliveryPausedException.class);
    }

    private void pauseUntil(Instant until) {
        gate.unavailable("HTTP 503", false, until);
        gate.unavailable("HTTP 503", false, until);
        assertThat(gate.isPaused()).isTrue();
    }

    private CompletableFuture<Boolean> slot() {
        CompletableFuture<Boolean> turn = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                turn.complete(gate.awaitTurn(stopping::get));
            } catch (Throwable e) {
                turn.completeExceptionally(e);
            }
        });
        thread.setDaemon(true);
        thread.start();
        return turn;
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void set(Instant instant) {
            now.set(instant);
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
