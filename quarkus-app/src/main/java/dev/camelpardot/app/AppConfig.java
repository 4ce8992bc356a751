package dev.camelpardot.app;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every {@code pardot.*} setting of the app; README.md documents each one with its default and variable. */
@ConfigMapping(prefix = "pardot")
public interface AppConfig {

    /** auto (demo when no {@code camel.component.pardot.client-id} is set), demo or production. */
    @WithDefault("auto")
    RunMode mode();

    /**
     * Business units an event may name in {@code businessUnitId}, besides the default
     * ({@code camel.component.pardot.business-unit-id}); each gets its own slots and cap.
     */
    Optional<List<String>> businessUnits();

    /** The folder watched for .json, .ndjson, .jsonl and .csv files. */
    @WithDefault("data/inbox")
    String inbox();

    Activity activity();

    Ingress ingress();

    Broker broker();

    Delivery delivery();

    DailyLimit dailyLimit();

    Setup setup();

    Demo demo();

    interface Activity {
        /** Used when a record names no extension; defaults to pardot.setup.extension. */
        Optional<String> defaultExtension();

        /** Used when a record names no type; defaults to the first of pardot.setup.activity-types. */
        Optional<String> defaultType();
    }

    interface Ingress {
        /** Keys accepted in the X-Api-Key header; required in production mode. */
        Optional<List<String>> apiKeys();

        /** Largest accepted request body (413 above it); also sets quarkus.http.limits.max-body-size. */
        @WithDefault("1M")
        String maxBodySize();

        /** Most records one HTTP request may carry. */
        @WithDefault("1000")
        int maxRecords();

        /** Records a file ingests per broker transaction. */
        @WithDefault("500")
        int fileBatchSize();

        /** How long a file must stay unchanged before it is read. */
        @WithDefault("PT1S")
        Duration fileStableTime();
    }

    interface Broker {
        /** An external broker (e.g. tcp://broker:61616); when set no broker runs in-process. */
        Optional<String> url();

        Optional<String> user();

        Optional<String> password();

        /** Where the in-process broker keeps its journal. */
        @WithDefault("data/broker")
        String dataDir();

        /** Interface the in-process broker's acceptor for remote clients binds to. */
        @WithDefault("127.0.0.1")
        String host();

        /** Port of that acceptor; -1 turns it off. */
        @WithDefault("61616")
        int port();

        /**
         * Apply the app's queue rules (exclusive delivery slots, dead-letter address, attempts backstop) through the
         * broker's management API at start. Set false only when the broker's own configuration provides them.
         */
        @WithDefault("true")
        boolean configure();
    }

    interface Delivery {
        /** Failed deliveries of one event (outages excepted) before it is dead-lettered with the last reason. */
        @WithDefault("20")
        int maxAttempts();

        /** Wait before a failed delivery is tried again (grows by the multiplier up to the maximum). */
        @WithDefault("PT5S")
        Duration retryDelay();

        @WithDefault("2.0")
        double retryMultiplier();

        @WithDefault("PT5M")
        Duration maxRetryDelay();

        /**
         * Consecutive transient failures (5xx, timeouts, refused connections, 183, 66) after which delivery to the
         * business unit pauses until a probe finds the API answering again.
         */
        @WithDefault("5")
        int outageThreshold();

        /** While paused for an outage, one call per interval checks whether the API answers again. */
        @WithDefault("PT15S")
        Duration probeInterval();

        /**
         * A slot taken over from a replica that died waits this long before its first call, so that the dead
         * replica's request has finished at the server and the cap holds.
         */
        @WithDefault("PT3S")
        Duration takeoverGrace();
    }

    interface DailyLimit {
        /** Local time at which the daily API allocation resets. */
        @WithDefault("00:00")
        LocalTime resetTime();

        /** Time zone of the reset time (the account's time zone). */
        @WithDefault("UTC")
        String zone();

        /** Delivery is tried again after this pause at the latest, even before the reset time. */
        @WithDefault("PT1H")
        Duration retryAfter();
    }

    interface Setup {
        /** When false nothing is created or changed at start. */
        @WithDefault("true")
        boolean enabled();

        /** Developer name of the extension ensured at start. */
        @WithDefault("Camel_Pardot")
        String extension();

        @WithDefault("Camel Pardot")
        String extensionLabel();

        /** Activity types: developerName[:label[:active]], comma separated. */
        @WithDefault("Event_Registered:Event registered:true,Event_Attended:Event attended:true")
        List<String> activityTypes();
    }

    interface Demo {
        /** Port of the in-process emulator in demo mode (0 = any free port). */
        @WithDefault("8089")
        int emulatorPort();

        /** The API key accepted in demo mode when pardot.ingress.api-keys is not set. */
        @WithDefault("demo-key")
        String apiKey();

        /** Prospects seeded into the demo emulator. */
        @WithDefault("ada@example.com,grace@example.com,alan@example.com")
        List<String> prospects();
    }
}
