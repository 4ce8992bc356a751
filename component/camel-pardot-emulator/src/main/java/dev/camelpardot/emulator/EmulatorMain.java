package dev.camelpardot.emulator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * The standalone emulator: {@code java -jar camel-pardot-emulator.jar [--port 8089] [options]}. Prints its base
 * URL and the credentials it accepts, then serves until killed.
 */
public final class EmulatorMain {

    private static final String USAGE = String.join("\n",
            "Usage: java -jar camel-pardot-emulator.jar [options]",
            "  --port N                       port to listen on (default 8089; 0 = any free port)",
            "  --host ADDRESS                 address to bind (default 127.0.0.1)",
            "  --client-id ID                 accepted client id (default emulator-client)",
            "  --client-secret SECRET         accepted client secret (default emulator-secret)",
            "  --refresh-token TOKEN          accepted refresh token (default emulator-refresh-token)",
            "  --username USER                user of the password and JWT grants (default integration@example.com)",
            "  --password PASSWORD            password of the password grant (default emulator-password)",
            "  --jwt-certificate FILE         PEM certificate or public key that verifies JWT assertions",
            "  --token-ttl-seconds N          access tokens expire after N seconds (default 0 = never)",
            "  --token-max-calls N            access tokens expire after N API calls (default 0 = never)",
            "  --rotate-refresh-tokens        each refresh returns a new refresh token and invalidates the old",
            "  --max-in-flight N              concurrent /api/v5 requests per business unit (default 5; 0 = no limit)",
            "  --daily-limit N                /api/v5 calls per business unit before error 122 (default 0 = no limit)",
            "  --expired-token-status 401|400 HTTP status of error 184 (default 401)",
            "  --unknown-email accept|reject  activities for unknown prospects (default accept; reject = error 4)",
            "  --prospects a@x.com,b@y.com    seed prospects",
            "  --setup EXT:type1,type2        seed an active extension with active types, assigned to the default",
            "                                 business unit (repeatable)",
            "  --latency-ms N                 delay of every API response (default 0)",
            "  --jitter-ms N                  random extra delay up to N ms (default 0)",
            "  --failure-rate-503 R           share 0..1 of /api/v5 requests answered 503 (default 0)",
            "  --failure-rate-183 R           share 0..1 of /api/v5 requests answered 500 / error 183 (default 0)",
            "  --drop-connection-rate R       share 0..1 of /api/v5 connections closed without a response (default 0)",
            "  --token-endpoint-latency-ms N  delay of every token response (default 0)",
            "  --help                         this text");

    private EmulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmulatorConfig config = EmulatorConfig.defaults().port(EmulatorDefaults.STANDALONE_PORT);
        List<String> setups = new ArrayList<>();
        List<String> prospects = new ArrayList<>();
        try {
            parse(args, config, setups, prospects);
        } catch (IllegalArgumentException e) {
            System.err.println("camel-pardot-emulator: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        PardotEmulator emulator = PardotEmulator.start(config);
        for (String setup : setups) {
            int colon = setup.indexOf(':');
            String extension = colon < 0 ? setup : setup.substring(0, colon);
            String[] types = colon < 0 ? new String[0] : setup.substring(colon + 1).split(",");
            emulator.state().seedReadySetup(extension, types);
        }
        prospects.forEach(email -> emulator.state().addProspects(email));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "pardot-emulator-shutdown"));
        printBanner(System.out, emulator, setups);
        stopped.await();
    }

    private static void parse(String[] args, EmulatorConfig config, List<String> setups, List<String> prospects) {
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                System.out.println(USAGE);
                System.exit(0);
            }
            if (option.equals("--rotate-refresh-tokens")) {
                config.rotateRefreshTokens(true);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + option);
            }
            String value = args[++i];
            try {
                apply(config, option, value, setups, prospects);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": not a number: " + value);
            }
        }
    }

    private static void apply(EmulatorConfig config, String option, String value, List<String> setups, List<String> prospects) {
        switch (option) {
            case "--port" -> config.port(Integer.parseInt(value));
            case "--host" -> config.host(value);
            case "--client-id" -> config.clientId(value);
            case "--client-secret" -> config.clientSecret(value);
            case "--refresh-token" -> config.refreshToken(value);
            case "--username" -> config.username(value);
            case "--password" -> config.password(value);
            case "--jwt-certificate" -> Pem.applyJwtKey(config, read(value));
            case "--token-ttl-seconds" -> config.tokenTtl(Duration.ofSeconds(Long.parseLong(value)));
            case "--token-max-calls" -> config.tokenMaxCalls(Integer.parseInt(value));
            case "--max-in-flight" -> config.maxInFlightPerBusinessUnit(Integer.parseInt(value));
            case "--daily-limit" -> config.dailyLimit(Long.parseLong(value));
            case "--expired-token-status" -> config.expiredTokenStatus(Integer.parseInt(value));
            case "--unknown-email" -> config.unknownEmailPolicy(UnknownEmailPolicy.valueOf(value.toUpperCase(Locale.ROOT)));
            case "--prospects" -> prospects.addAll(List.of(value.split(",")));
            case "--setup" -> setups.add(value);
            case "--latency-ms" -> config.latency(Duration.ofMillis(Long.parseLong(value)));
            case "--jitter-ms" -> config.jitter(Duration.ofMillis(Long.parseLong(value)));
            case "--failure-rate-503" -> config.failureRate503(Double.parseDouble(value));
            case "--failure-rate-183" -> config.failureRate183(Double.parseDouble(value));
            case "--drop-connection-rate" -> config.dropConnectionRate(Double.parseDouble(value));
            case "--token-endpoint-latency-ms" -> config.tokenEndpointLatency(Duration.ofMillis(Long.parseLong(value)));
            default -> throw new IllegalArgumentException("unknown option: " + option);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The emulator's own, well-known test credentials: printing them is the point. */
    private static void printBanner(PrintStream out, PardotEmulator emulator, List<String> setups) {
        EmulatorConfig config = emulator.config();
        String url = emulator.baseUrl();
        out.println("Pardot (Account Engagement) emulator listening on " + url);
        out.println("  token endpoint      " + url + "/services/oauth2/token   (loginUrl = " + url + ")");
        out.println("  Account Engagement  " + url + "/api/v5/external-activities   (pardotUrl = " + url + ")");
        out.println("  Tooling API         " + url + "/services/data/v60.0/tooling/   (any version >= 53.0)");
        out.println("  REST data API       " + url + "/services/data/v60.0/query?q=SELECT+Id,PardotTenantName+FROM+PardotTenant");
        out.println("  identity            " + UserProfile.identityUrl(url) + "   (and /services/oauth2/userinfo, /revoke)");
        out.println("  admin               " + url + "/emulator/state");
        out.println("Accepted credentials:");
        out.println("  client id           " + config.clientId());
        out.println("  client secret       " + config.clientSecret());
        out.println("  refresh token       " + config.refreshToken());
        out.println("  username            " + config.username());
        out.println("  password            " + config.password());
        out.println("  JWT bearer          " + (config.jwtPublicKey() != null ? "certificate configured" : "not configured (--jwt-certificate)"));
        out.println("  business unit       " + EmulatorDefaults.BUSINESS_UNIT_ID + " (" + EmulatorDefaults.BUSINESS_UNIT_NAME + ")");
        for (String setup : setups) {
            out.println("Seeded setup          " + setup);
        }
        out.println("Settings: " + ConfigSettings.describe(config));
        out.println("Stop with Ctrl+C.");
        out.flush();
    }
}
