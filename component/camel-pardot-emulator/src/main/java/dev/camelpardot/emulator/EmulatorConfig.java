package dev.camelpardot.emulator;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Objects;

/**
 * The emulator's settings. Fluent setters return this; every setting may also be changed while the emulator
 * runs (fields are volatile, each request reads the current value), except {@link #port} and {@link #host},
 * which only matter at start.
 */
public final class EmulatorConfig {

    private volatile int port;
    private volatile String host = "127.0.0.1";
    private volatile String clientId = EmulatorDefaults.CLIENT_ID;
    private volatile String clientSecret = EmulatorDefaults.CLIENT_SECRET;
    private volatile String refreshToken = EmulatorDefaults.REFRESH_TOKEN;
    private volatile String username = EmulatorDefaults.USERNAME;
    private volatile String password = EmulatorDefaults.PASSWORD;
    private volatile PublicKey jwtPublicKey;
    private volatile X509Certificate jwtCertificate;
    private volatile Duration tokenTtl = Duration.ZERO;
    private volatile int tokenMaxCalls;
    private volatile boolean rotateRefreshTokens;
    private volatile int maxInFlightPerBusinessUnit = EmulatorDefaults.MAX_IN_FLIGHT_PER_BUSINESS_UNIT;
    private volatile long dailyLimit;
    private volatile int expiredTokenStatus = 401;
    private volatile UnknownEmailPolicy unknownEmailPolicy = UnknownEmailPolicy.ACCEPT;
    private volatile Duration latency = Duration.ZERO;
    private volatile Duration jitter = Duration.ZERO;
    private volatile double failureRate503;
    private volatile double failureRate183;
    private volatile double dropConnectionRate;
    private volatile Duration tokenEndpointLatency = Duration.ZERO;

    private EmulatorConfig() {
    }

    /** The default credentials of {@link EmulatorDefaults}, a free port, no faults, no expiry, no daily limit. */
    public static EmulatorConfig defaults() {
        return new EmulatorConfig();
    }

    /** Port to listen on; 0 (the default) picks a free one. Read at start only. */
    public EmulatorConfig port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        this.port = port;
        return this;
    }

    public int port() {
        return port;
    }

    /** Address to bind; 127.0.0.1 by default. Read at start only. */
    public EmulatorConfig host(String host) {
        this.host = requireText(host, "host");
        return this;
    }

    public String host() {
        return host;
    }

    public EmulatorConfig clientId(String clientId) {
        this.clientId = requireText(clientId, "clientId");
        return this;
    }

    public String clientId() {
        return clientId;
    }

    public EmulatorConfig clientSecret(String clientSecret) {
        this.clientSecret = requireText(clientSecret, "clientSecret");
        return this;
    }

    public String clientSecret() {
        return clientSecret;
    }

    /** The refresh token the {@code refresh_token} grant accepts (until rotated away). */
    public EmulatorConfig refreshToken(String refreshToken) {
        this.refreshToken = requireText(refreshToken, "refreshToken");
        return this;
    }

    public String refreshToken() {
        return refreshToken;
    }

    /** The user of the {@code password} grant and the {@code sub} a JWT assertion must name. */
    public EmulatorConfig username(String username) {
        this.username = requireText(username, "username");
        return this;
    }

    public String username() {
        return username;
    }

    public EmulatorConfig password(String password) {
        this.password = requireText(password, "password");
        return this;
    }

    public String password() {
        return password;
    }

    /** The key that verifies JWT bearer assertions; replaces a configured certificate. */
    public EmulatorConfig jwtPublicKey(PublicKey key) {
        this.jwtPublicKey = key;
        this.jwtCertificate = null;
        return this;
    }

    /** The key that verifies JWT bearer assertions: {@link #jwtPublicKey} if set, else the certificate's. */
    public PublicKey jwtPublicKey() {
        X509Certificate certificate = jwtCertificate;
        return certificate != null ? certificate.getPublicKey() : jwtPublicKey;
    }

    /** The connected app's certificate, as uploaded to Salesforce; replaces a configured public key. */
    public EmulatorConfig jwtCertificate(X509Certificate certificate) {
        this.jwtCertificate = certificate;
        this.jwtPublicKey = null;
        return this;
    }

    public X509Certificate jwtCertificate() {
        return jwtCertificate;
    }

    /** Access tokens expire this long after being issued; zero (the default) means never. */
    public EmulatorConfig tokenTtl(Duration ttl) {
        this.tokenTtl = requireNotNegative(ttl, "tokenTtl");
        return this;
    }

    public Duration tokenTtl() {
        return tokenTtl;
    }

    /** An access token serves this many API calls, then it is expired; 0 (the default) means no limit. */
    public EmulatorConfig tokenMaxCalls(int calls) {
        if (calls < 0) {
            throw new IllegalArgumentException("tokenMaxCalls must not be negative, was " + calls);
        }
        this.tokenMaxCalls = calls;
        return this;
    }

    public int tokenMaxCalls() {
        return tokenMaxCalls;
    }

    /** When on, each refresh returns a new refresh token and invalidates the one it used (Salesforce rotation). */
    public EmulatorConfig rotateRefreshTokens(boolean rotate) {
        this.rotateRefreshTokens = rotate;
        return this;
    }

    public boolean rotateRefreshTokens() {
        return rotateRefreshTokens;
    }

    /** Concurrent /api/v5 requests allowed per business unit (default 5); one more gets error 66. 0 = no limit. */
    public EmulatorConfig maxInFlightPerBusinessUnit(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("maxInFlightPerBusinessUnit must not be negative, was " + max);
        }
        this.maxInFlightPerBusinessUnit = max;
        return this;
    }

    public int maxInFlightPerBusinessUnit() {
        return maxInFlightPerBusinessUnit;
    }

    /**
     * /api/v5 calls allowed per business unit before error 122; 0 (the default) means no limit. The count never
     * resets on its own: only {@link PardotEmulator#reset()} (which keeps the limit) or a new limit value starts it again.
     */
    public EmulatorConfig dailyLimit(long limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("dailyLimit must not be negative, was " + limit);
        }
        this.dailyLimit = limit;
        return this;
    }

    public long dailyLimit() {
        return dailyLimit;
    }

    /** HTTP status of an error 184 (bad or expired token) on /api/v5: 401 (default) or 400. */
    public EmulatorConfig expiredTokenStatus(int status) {
        if (status != 401 && status != 400) {
            throw new IllegalArgumentException("expiredTokenStatus must be 401 or 400, was " + status);
        }
        this.expiredTokenStatus = status;
        return this;
    }

    public int expiredTokenStatus() {
        return expiredTokenStatus;
    }

    public EmulatorConfig unknownEmailPolicy(UnknownEmailPolicy policy) {
        this.unknownEmailPolicy = Objects.requireNonNull(policy, "unknownEmailPolicy");
        return this;
    }

    public UnknownEmailPolicy unknownEmailPolicy() {
        return unknownEmailPolicy;
    }

    /** Fixed delay before each /api/v5 and Tooling response. */
    public EmulatorConfig latency(Duration latency) {
        this.latency = requireNotNegative(latency, "latency");
        return this;
    }

    public Duration latency() {
        return latency;
    }

    /** A random extra delay from zero up to this, added to {@link #latency}. */
    public EmulatorConfig jitter(Duration jitter) {
        this.jitter = requireNotNegative(jitter, "jitter");
        return this;
    }

    public Duration jitter() {
        return jitter;
    }

    /** Share (0..1) of /api/v5 requests answered with a plain HTTP 503, before any processing. */
    public EmulatorConfig failureRate503(double rate) {
        this.failureRate503 = requireRate(rate, "failureRate503");
        return this;
    }

    public double failureRate503() {
        return failureRate503;
    }

    /** Share (0..1) of authenticated /api/v5 requests answered with HTTP 500, error 183, nothing recorded. */
    public EmulatorConfig failureRate183(double rate) {
        this.failureRate183 = requireRate(rate, "failureRate183");
        return this;
    }

    public double failureRate183() {
        return failureRate183;
    }

    /** Share (0..1) of /api/v5 requests whose connection is closed without any response, nothing recorded. */
    public EmulatorConfig dropConnectionRate(double rate) {
        this.dropConnectionRate = requireRate(rate, "dropConnectionRate");
        return this;
    }

    public double dropConnectionRate() {
        return dropConnectionRate;
    }

    /** Delay of every token-endpoint response; a refresh stays "in progress" for this long. */
    public EmulatorConfig tokenEndpointLatency(Duration latency) {
        this.tokenEndpointLatency = requireNotNegative(latency, "tokenEndpointLatency");
        return this;
    }

    public Duration tokenEndpointLatency() {
        return tokenEndpointLatency;
    }

    /** Every setting, as now: the emulator keeps the one taken at start to go back to on reset. */
    EmulatorConfig copy() {
        EmulatorConfig copy = new EmulatorConfig();
        copy.port = port;
        copy.host = host;
        copy.restoreSettings(this);
        return copy;
    }

    /**
     * Fault injection back to {@code start}'s values: latency, jitter, the 503, 183 and dropped-connection rates and
     * the token-endpoint latency. What {@link PardotEmulator#reset()} restores.
     */
    void restoreFaults(EmulatorConfig start) {
        latency = start.latency;
        jitter = start.jitter;
        failureRate503 = start.failureRate503;
        failureRate183 = start.failureRate183;
        dropConnectionRate = start.dropConnectionRate;
        tokenEndpointLatency = start.tokenEndpointLatency;
    }

    /** Every setting except port and host back to {@code start}'s values. What {@link PardotEmulator#resetAll()} restores. */
    void restoreSettings(EmulatorConfig start) {
        clientId = start.clientId;
        clientSecret = start.clientSecret;
        refreshToken = start.refreshToken;
        username = start.username;
        password = start.password;
        jwtPublicKey = start.jwtPublicKey;
        jwtCertificate = start.jwtCertificate;
        tokenTtl = start.tokenTtl;
        tokenMaxCalls = start.tokenMaxCalls;
        rotateRefreshTokens = start.rotateRefreshTokens;
        maxInFlightPerBusinessUnit = start.maxInFlightPerBusinessUnit;
        dailyLimit = start.dailyLimit;
        expiredTokenStatus = start.expiredTokenStatus;
        unknownEmailPolicy = start.unknownEmailPolicy;
        restoreFaults(start);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    private static Duration requireNotNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        return value;
    }

    private static double requireRate(double rate, String name) {
        if (!(rate >= 0.0 && rate <= 1.0)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + rate);
        }
        return rate;
    }

    /** Lists every setting; the client secret, refresh token and password are masked. */
    @Override
    public String toString() {
        return "EmulatorConfig[port=" + port + ", host=" + host + ", clientId=" + clientId
                + ", clientSecret=****, refreshToken=****, username=" + username + ", password=****"
                + ", jwtKey=" + (jwtPublicKey() != null ? jwtPublicKey().getAlgorithm() : "none")
                + ", tokenTtl=" + tokenTtl + ", tokenMaxCalls=" + tokenMaxCalls
                + ", rotateRefreshTokens=" + rotateRefreshTokens
                + ", maxInFlightPerBusinessUnit=" + maxInFlightPerBusinessUnit + ", dailyLimit=" + dailyLimit
                + ", expiredTokenStatus=" + expiredTokenStatus + ", unknownEmailPolicy=" + unknownEmailPolicy
                + ", latency=" + latency + ", jitter=" + jitter + ", failureRate503=" + failureRate503
                + ", failureRate183=" + failureRate183 + ", dropConnectionRate=" + dropConnectionRate
                + ", tokenEndpointLatency=" + tokenEndpointLatency + "]";
    }
}
