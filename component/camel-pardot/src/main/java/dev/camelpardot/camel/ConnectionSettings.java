package dev.camelpardot.camel;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelpardot.api.Secrets;
import dev.camelpardot.auth.AuthenticationType;
import dev.camelpardot.auth.PardotEnvironment;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options that make one connection (session, transport, limits). Value equality: endpoints with equal
 * settings share a connection. Retries are not among them: they are how one endpoint uses the connection. KeyStoreParameters and SSLContextParameters compare by identity (the same bean).
 * {@link #toString()} masks every secret.
 */
public record ConnectionSettings(AuthenticationType authenticationType, PardotEnvironment environment, String loginUrl,
                                 String pardotUrl, String instanceUrl, String clientId, String clientSecret,
                                 String refreshToken, String userName, String password, String jwtKeyFile,
                                 KeyStoreParameters keystore, String keystoreAlias, String keystoreKeyPassword,
                                 String jwtAudience, boolean lazyLogin, String apiVersion, long connectTimeout,
                                 long requestTimeout, String proxyHost, Integer proxyPort, String proxyUsername,
                                 String proxyPassword, SSLContextParameters sslContextParameters,
                                 int maxConcurrentRequests) {

    /** The oldest Salesforce API version with every Tooling object the component uses (PardotTenant). */
    public static final int MIN_API_MAJOR = 56;

    private static final Pattern API_VERSION = Pattern.compile("^v?(\\d{2,3})\\.(\\d)$");

    /** True when any credential option is set, i.e. the user meant to configure a connection here. */
    public boolean hasCredentials() {
        return clientId != null || clientSecret != null || refreshToken != null || userName != null
               || password != null || jwtKeyFile != null || keystore != null;
    }

    /** The login URL: the option, else the environment's. */
    public URI resolvedLoginUrl() {
        return loginUrl != null && !loginUrl.isBlank() ? URI.create(loginUrl.strip()) : env().loginUrl();
    }

    /** The Account Engagement URL: the option, else the environment's. */
    public URI resolvedPardotUrl() {
        return pardotUrl != null && !pardotUrl.isBlank() ? URI.create(pardotUrl.strip()) : env().pardotUrl();
    }

    public URI resolvedInstanceUrl() {
        return instanceUrl != null && !instanceUrl.isBlank() ? URI.create(instanceUrl.strip()) : null;
    }

    /** The API version without a leading v, e.g. 62.0. */
    public String normalizedApiVersion() {
        return apiVersion.strip().startsWith("v") ? apiVersion.strip().substring(1) : apiVersion.strip();
    }

    /**
     * Checks everything that can be checked without a network call (the OAuth set is checked by the auth layer).
     *
     * @return one message per problem, each naming the option and the fix; empty when all is well
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        checkUrl(problems, "loginUrl", loginUrl);
        checkUrl(problems, "pardotUrl", pardotUrl);
        checkUrl(problems, "instanceUrl", instanceUrl);
        if (apiVersion == null || apiVersion.isBlank()) {
            problems.add("apiVersion is empty: set it to " + PardotConfiguration.DEFAULT_API_VERSION
                         + " or another version from " + MIN_API_MAJOR + ".0 on");
        } else {
            Matcher m = API_VERSION.matcher(apiVersion.strip());
            if (!m.matches()) {
                problems.add("apiVersion '" + apiVersion + "' is not a Salesforce API version: write it like "
                             + PardotConfiguration.DEFAULT_API_VERSION);
            } else if (Integer.parseInt(m.group(1)) < MIN_API_MAJOR) {
                problems.add("apiVersion " + apiVersion + " is too old: the Tooling object PardotTenant exists from "
                             + MIN_API_MAJOR + ".0 on; set apiVersion to " + MIN_API_MAJOR + ".0 or later");
            }
        }
        if (connectTimeout <= 0) {
            problems.add("connectTimeout must be positive, was " + connectTimeout + " ms: e.g. connectTimeout=10s");
        }
        if (requestTimeout <= 0) {
            problems.add("requestTimeout must be positive, was " + requestTimeout + " ms: e.g. requestTimeout=30s");
        }
        if (maxConcurrentRequests < 1) {
            problems.add("maxConcurrentRequests must be 1 or more, was " + maxConcurrentRequests
                         + ": Account Engagement allows 5 by default");
        }
        if (proxyHost != null && !proxyHost.isBlank() && (proxyPort == null || proxyPort < 1 || proxyPort > 65535)) {
            problems.add("proxyHost is set but proxyPort " + (proxyPort == null ? "is not" : "(" + proxyPort + ") is not valid")
                         + ": set proxyPort to the proxy's port (1-65535)");
        }
        if ((proxyHost == null || proxyHost.isBlank()) && (proxyUsername != null || proxyPassword != null)) {
            problems.add("proxyUsername or proxyPassword is set without proxyHost: set proxyHost and proxyPort");
        }
        if (proxyPassword != null && proxyUsername == null) {
            problems.add("proxyPassword is set without proxyUsername: set proxyUsername");
        }
        if (jwtKeyFile != null && keystore != null) {
            problems.add("both jwtKeyFile and keystore are set: the JWT key must come from one of them");
        }
        if (keystore == null && (keystoreAlias != null || keystoreKeyPassword != null)) {
            problems.add("keystoreAlias or keystoreKeyPassword is set without keystore: set keystore, or remove them");
        }
        return problems;
    }

    private PardotEnvironment env() {
        return environment != null ? environment : PardotEnvironment.PRODUCTION;
    }

    private static void checkUrl(List<String> problems, String option, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            URI uri = URI.create(value.strip());
            String scheme = uri.getScheme();
            if (!uri.isAbsolute() || uri.getHost() == null
                || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                problems.add(option + " '" + value + "' is not an absolute http(s) URL: write it like https://host");
            }
        } catch (IllegalArgumentException e) {
            problems.add(option + " '" + value + "' is not a URL: write it like https://host");
        }
    }

    @Override
    public String toString() {
        return "ConnectionSettings[authenticationType=" + authenticationType + ", environment=" + environment
               + ", loginUrl=" + loginUrl + ", pardotUrl=" + pardotUrl + ", instanceUrl=" + instanceUrl
               + ", clientId=" + clientId + ", clientSecret=" + Secrets.mask(clientSecret)
               + ", refreshToken=" + Secrets.mask(refreshToken) + ", userName=" + userName
               + ", password=" + Secrets.mask(password) + ", jwtKeyFile=" + jwtKeyFile
               + ", keystore=" + (keystore == null ? null : "KeyStoreParameters") + ", keystoreAlias=" + keystoreAlias
               + ", keystoreKeyPassword=" + Secrets.mask(keystoreKeyPassword) + ", jwtAudience=" + jwtAudience
               + ", lazyLogin=" + lazyLogin + ", apiVersion=" + apiVersion + ", connectTimeout=" + connectTimeout
               + ", requestTimeout=" + requestTimeout + ", proxyHost=" + proxyHost + ", proxyPort=" + proxyPort
               + ", proxyUsername=" + proxyUsername + ", proxyPassword=" + Secrets.mask(proxyPassword)
               + ", sslContextParameters=" + (sslContextParameters == null ? null : "SSLContextParameters")
               + ", maxConcurrentRequests=" + maxConcurrentRequests + "]";
    }
}
