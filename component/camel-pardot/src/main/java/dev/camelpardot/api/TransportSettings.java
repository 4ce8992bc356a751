package dev.camelpardot.api;

import java.time.Duration;
import java.util.Objects;

import javax.net.ssl.SSLContext;

/**
 * How {@link HttpTransport} connects. Null durations take the defaults; a null {@code proxyHost} means no proxy;
 * a null {@code sslContext} means the JDK default. The values arrive checked by the component's option rules.
 * {@code toString} masks the proxy password.
 */
public record TransportSettings(Duration connectTimeout, Duration requestTimeout, String proxyHost, int proxyPort,
                                String proxyUsername, String proxyPassword, SSLContext sslContext) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    public TransportSettings {
        connectTimeout = Objects.requireNonNullElse(connectTimeout, DEFAULT_CONNECT_TIMEOUT);
        requestTimeout = Objects.requireNonNullElse(requestTimeout, DEFAULT_REQUEST_TIMEOUT);
        if (proxyHost != null && proxyHost.isBlank()) {
            proxyHost = null;
        }
    }

    /** 10 s connect timeout, 30 s request timeout, no proxy, the JDK's default SSL context. */
    public static TransportSettings defaults() {
        return new TransportSettings(null, null, null, 0, null, null, null);
    }

    public TransportSettings withTimeouts(Duration connect, Duration request) {
        return new TransportSettings(connect, request, proxyHost, proxyPort, proxyUsername, proxyPassword, sslContext);
    }

    public boolean hasProxy() {
        return proxyHost != null;
    }

    @Override
    public String toString() {
        return "TransportSettings[connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
               + ", proxy=" + (proxyHost == null ? "none" : proxyHost + ":" + proxyPort)
               + ", proxyUsername=" + proxyUsername
               + ", proxyPassword=" + (proxyPassword == null ? "null" : Secrets.MASK)
               + ", sslContext=" + (sslContext == null ? "default" : sslContext.getProtocol()) + "]";
    }
}
