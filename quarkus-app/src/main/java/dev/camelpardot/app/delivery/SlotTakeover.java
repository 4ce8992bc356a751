package dev.camelpardot.app.delivery;

import java.time.Duration;

/**
 * Guards the cap when a slot changes hands. A slot's consumer that died (kill -9, a frozen host) leaves its
 * unacknowledged message to the next consumer, redelivered, while the dead replica's request for it may still be
 * running at the server. So the first redelivered message of a slot that was not busy here waits the grace period
 * before its call; after that the slot runs at full speed.
 */
final class SlotTakeover {

    private final long graceNanos;
    private volatile long lastActive;
    private volatile boolean active;

    SlotTakeover(Duration grace) {
        this.graceNanos = grace.toNanos();
    }

    /** The wait before this message's call: the grace for a takeover, else 0. */
    long delayMillis(boolean redelivered) {
        long now = System.nanoTime();
        boolean recentlyBusy = active && now - lastActive < graceNanos;
        return redelivered && !recentlyBusy ? graceNanos / 1_000_000 : 0;
    }

    /** This slot just finished a message here. */
    void finished() {
        lastActive = System.nanoTime();
        active = true;
    }
}
