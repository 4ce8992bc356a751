package dev.camelpardot.emulator;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Sends exactly one {@link Reply} on an exchange, now or after a delay. A delayed reply holds no thread while it
 * waits (a timer writes it when it is due, or hands a large or computed one to a worker), so simulated latency does
 * not serialize concurrent clients. The delay counts from when the request came in, as a real server's response
 * time does: the emulator's own work is part of the latency, not added to it.
 * Callbacks registered with {@link #beforeSend} run just before the reply is written, e.g. to release an
 * in-flight slot: a client that reacts to the response at once must find the slot free already.
 */
final class ResponseChannel {

    private static final System.Logger LOG = System.getLogger(ResponseChannel.class.getName());
    /** Bytes of body up to which the timer writes a delayed reply itself. */
    private static final int WRITTEN_BY_TIMER = 8 * 1024;

    private final HttpExchange exchange;
    private final Executor workers;
    private final ScheduledExecutorService timer;
    private final AtomicBoolean sent = new AtomicBoolean();
    private final List<Runnable> beforeSend = new ArrayList<>(2);
    private final long receivedNanos = System.nanoTime();

    ResponseChannel(HttpExchange exchange, Executor workers, ScheduledExecutorService timer) {
        this.exchange = exchange;
        this.workers = workers;
        this.timer = timer;
    }

    /** Runs once, just before the reply is written or the connection dropped. Register before sending. */
    synchronized void beforeSend(Runnable callback) {
        beforeSend.add(callback);
    }

    void send(Reply reply) {
        if (!sent.compareAndSet(false, true)) {
            throw new IllegalStateException("a reply was already sent on this exchange");
        }
        try {
            runCallbacks();
        } finally {
            write(reply);
        }
    }

    /**
     * Sends the reply once the delay has passed. A small one is written by the timer itself: handing it to a worker
     * first made every delayed answer later than its latency by a thread wake-up (docs/benchmarks.md, "The app"), and
     * a reply that small fits the socket's buffer, so writing it cannot hold the timer up.
     */
    void send(Reply reply, Duration delay) {
        if (reply.body().length > WRITTEN_BY_TIMER) {
            sendLater(delay, () -> reply);
        } else if (!scheduled(delay, () -> send(reply))) {
            send(reply);
        }
    }

    /** Produces the reply after the delay (so it can reflect what happened meanwhile), then sends it. */
    void sendLater(Duration delay, Supplier<Reply> producer) {
        if (!scheduled(delay, () -> dispatch(producer))) {
            send(produce(producer));
        }
    }

    /**
     * Has the timer run {@code sending} once the delay has passed since the request came in.
     *
     * @return false when the delay has passed already: the caller sends now
     */
    private boolean scheduled(Duration delay, Runnable sending) {
        long remaining = delay.toNanos() - (System.nanoTime() - receivedNanos);
        if (delay.isZero() || remaining <= 0) {
            return false;
        }
        try {
            timer.schedule(sending, remaining, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopping) {
            send(Reply.dropConnection());
        }
        return true;
    }

    private void dispatch(Supplier<Reply> producer) {
        try {
            workers.execute(() -> send(produce(producer)));
        } catch (RejectedExecutionException stopping) {
            send(Reply.dropConnection());
        }
    }

    private static Reply produce(Supplier<Reply> producer) {
        try {
            return producer.get();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "emulator failed to produce a reply", e);
            return Reply.text(500, "emulator error: " + e);
        }
    }

    private void write(Reply reply) {
        try {
            if (reply.isDrop()) {
                // closing before any response header was sent closes the socket: the client sees no response
                exchange.close();
                return;
            }
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            if (reply.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            }
            byte[] body = reply.body();
            boolean noBody = body.length == 0 || reply.status() == 204 || "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(reply.status(), noBody ? -1 : body.length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException clientWentAway) {
            LOG.log(System.Logger.Level.DEBUG, "client closed the connection before the reply was written");
        } finally {
            exchange.close();
        }
    }

    private void runCallbacks() {
        List<Runnable> callbacks;
        synchronized (this) {
            callbacks = List.copyOf(beforeSend);
        }
        for (Runnable callback : callbacks) {
            try {
                callback.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "emulator callback failed", e);
            }
        }
    }
}
