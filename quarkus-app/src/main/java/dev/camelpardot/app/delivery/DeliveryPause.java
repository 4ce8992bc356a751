package dev.camelpardot.app.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import dev.camelpardot.app.AppConfig;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.component.jms.JmsConsumer;
import org.jboss.logging.Logger;
import org.springframework.jms.listener.AbstractMessageListenerContainer;

/**
 * Pauses delivery when the daily API allocation is used up (error 122) and resumes it by itself at the reset
 * time, or after {@code pardot.daily-limit.retry-after} if that comes first (the reset time is only known
 * approximately: it is the start of the day in the account's time zone). While paused, events stay queued.
 * <p>
 * The JMS listener is stopped from another thread: a delivery must not wait for itself.
 */
@Singleton
public class DeliveryPause {

    private static final Logger LOG = Logger.getLogger(DeliveryPause.class);

    private final AppConfig.DailyLimit settings;
    private final CamelContext camel;
    private final Clock clock;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "pardot-delivery-pause");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Instant pausedUntil;
    private ScheduledFuture<?> resume;

    public DeliveryPause(AppConfig config, CamelContext camel) {
        this.settings = config.dailyLimit();
        this.camel = camel;
        this.clock = Clock.systemUTC();
    }

    /** Pauses the delivery route (once, however many deliveries report the limit at the same time). */
    public synchronized void pauseForDailyLimit(String reason) {
        if (pausedUntil != null) {
            return;
        }
        Instant now = clock.instant();
        Instant until = resumeTime(now);
        pausedUntil = until;
        LOG.warnf("Daily API limit reached (%s): delivery paused until %s, events stay queued", reason, until);
        scheduler.execute(this::stopConsuming);
        resume = scheduler.schedule(this::resume, Duration.between(now, until).toMillis(), TimeUnit.MILLISECONDS);
    }

    Instant resumeTime(Instant now) {
        return resumeTime(now, settings.resetTime(), ZoneId.of(settings.zone()), settings.retryAfter());
    }

    /** The earlier of the next daily reset and now + retry-after. */
    static Instant resumeTime(Instant now, LocalTime resetTime, ZoneId zone, Duration retryAfter) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime reset = ZonedDateTime.of(LocalDate.from(local), resetTime, zone);
        if (!reset.isAfter(local)) {
            reset = reset.plusDays(1);
        }
        Instant probe = now.plus(retryAfter);
        return probe.isBefore(reset.toInstant()) ? probe : reset.toInstant();
    }

    public Instant pausedUntil() {
        return pausedUntil;
    }

    private void stopConsuming() {
        try {
            listenerContainer().stop();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not pause route %s", DeliveryRoutes.ROUTE_ID);
        }
    }

    private synchronized void resume() {
        try {
            listenerContainer().start();
            LOG.info("Delivery resumed after the daily-limit pause");
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not resume route %s", DeliveryRoutes.ROUTE_ID);
        } finally {
            pausedUntil = null;
            resume = null;
        }
    }

    /**
     * The route's JMS listener: stopping it stops taking messages without stopping the route, so health and the
     * other routes are unaffected.
     */
    private AbstractMessageListenerContainer listenerContainer() {
        Route route = camel.getRoute(DeliveryRoutes.ROUTE_ID);
        if (route == null || !(route.getConsumer() instanceof JmsConsumer consumer)) {
            throw new IllegalStateException("route " + DeliveryRoutes.ROUTE_ID + " has no JMS consumer");
        }
        try {
            return consumer.getListenerContainer();
        } catch (Exception e) {
            throw new IllegalStateException("route " + DeliveryRoutes.ROUTE_ID + " has no JMS listener", e);
        }
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }
}
