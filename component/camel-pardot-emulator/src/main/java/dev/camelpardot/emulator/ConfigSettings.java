package dev.camelpardot.emulator;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The settings of {@link EmulatorConfig} by name, for {@code POST /emulator/config}: names are the setter
 * names; durations are milliseconds (a number) or ISO-8601 text such as "PT2H"; jwtCertificate/jwtPublicKey are
 * PEM text. Secrets are never written back out.
 */
final class ConfigSettings {

    private ConfigSettings() {
    }

    /** Applies every setting or none: all are checked on a scratch copy first. */
    static void apply(EmulatorConfig config, Map<String, Object> settings) {
        EmulatorConfig scratch = EmulatorConfig.defaults();
        settings.forEach((name, value) -> applyOne(scratch, name, value));
        settings.forEach((name, value) -> applyOne(config, name, value));
    }

    private static void applyOne(EmulatorConfig config, String name, Object value) {
        try {
            switch (name) {
                case "clientId" -> config.clientId(text(value));
                case "clientSecret" -> config.clientSecret(text(value));
                case "refreshToken" -> config.refreshToken(text(value));
                case "username" -> config.username(text(value));
                case "password" -> config.password(text(value));
                case "jwtCertificate", "jwtPublicKey" -> Pem.applyJwtKey(config, text(value));
                case "tokenTtl" -> config.tokenTtl(duration(value));
                case "tokenMaxCalls" -> config.tokenMaxCalls(Math.toIntExact(number(value)));
                case "rotateRefreshTokens" -> config.rotateRefreshTokens(bool(value));
                case "maxInFlightPerBusinessUnit" -> config.maxInFlightPerBusinessUnit(Math.toIntExact(number(value)));
                case "dailyLimit" -> config.dailyLimit(number(value));
                case "expiredTokenStatus" -> config.expiredTokenStatus(Math.toIntExact(number(value)));
                case "unknownEmailPolicy" -> config.unknownEmailPolicy(UnknownEmailPolicy.valueOf(text(value).toUpperCase(Locale.ROOT)));
                case "latency" -> config.latency(duration(value));
                case "jitter" -> config.jitter(duration(value));
                case "failureRate503" -> config.failureRate503(rate(value));
                case "failureRate183" -> config.failureRate183(rate(value));
                case "dropConnectionRate" -> config.dropConnectionRate(rate(value));
                case "tokenEndpointLatency" -> config.tokenEndpointLatency(duration(value));
                default -> throw new IllegalArgumentException("unknown setting (settings: " + String.join(", ", describe(config).keySet())
                        + ", clientSecret, refreshToken, password, jwtCertificate, jwtPublicKey)");
            }
        } catch (IllegalArgumentException | ArithmeticException | ClassCastException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    /** The current settings without secrets (durations in milliseconds). */
    static Map<String, Object> describe(EmulatorConfig config) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("clientId", config.clientId());
        settings.put("username", config.username());
        settings.put("jwtKeyConfigured", config.jwtPublicKey() != null);
        settings.put("tokenTtl", config.tokenTtl().toMillis());
        settings.put("tokenMaxCalls", config.tokenMaxCalls());
        settings.put("rotateRefreshTokens", config.rotateRefreshTokens());
        settings.put("maxInFlightPerBusinessUnit", config.maxInFlightPerBusinessUnit());
        settings.put("dailyLimit", config.dailyLimit());
        settings.put("expiredTokenStatus", config.expiredTokenStatus());
        settings.put("unknownEmailPolicy", config.unknownEmailPolicy().name());
        settings.put("latency", config.latency().toMillis());
        settings.put("jitter", config.jitter().toMillis());
        settings.put("failureRate503", config.failureRate503());
        settings.put("failureRate183", config.failureRate183());
        settings.put("dropConnectionRate", config.dropConnectionRate());
        settings.put("tokenEndpointLatency", config.tokenEndpointLatency().toMillis());
        return settings;
    }

    private static String text(Object value) {
        if (!(value instanceof String)) {
            throw new IllegalArgumentException("a string is expected");
        }
        return (String) value;
    }

    private static long number(Object value) {
        if (value instanceof Long || value instanceof Integer) {
            return ((Number) value).longValue();
        }
        throw new IllegalArgumentException("a whole number is expected");
    }

    private static double rate(Object value) {
        if (value instanceof Number) {
            return ((Number) value).doubleValue();
        }
        throw new IllegalArgumentException("a number from 0 to 1 is expected");
    }

    private static boolean bool(Object value) {
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        throw new IllegalArgumentException("true or false is expected");
    }

    private static Duration duration(Object value) {
        if (value instanceof Long || value instanceof Integer) {
            return Duration.ofMillis(((Number) value).longValue());
        }
        if (value instanceof String) {
            try {
                return Duration.parse((String) value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("an ISO-8601 duration such as PT2H is expected");
            }
        }
        throw new IllegalArgumentException("milliseconds or an ISO-8601 duration is expected");
    }
}
