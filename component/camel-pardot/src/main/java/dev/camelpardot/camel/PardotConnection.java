package dev.camelpardot.camel;

import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLContext;

import dev.camelpardot.api.Futures;
import dev.camelpardot.api.HttpTransport;
import dev.camelpardot.api.PardotApi;
import dev.camelpardot.api.RetryPolicy;
import dev.camelpardot.api.TransportSettings;
import dev.camelpardot.api.WorkerThreads;
import dev.camelpardot.auth.JwtKeys;
import dev.camelpardot.auth.OAuthSettings;
import dev.camelpardot.auth.TokenSession;
import dev.camelpardot.management.ConnectionManagement;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One authenticated connection to an org: the HTTP transport, the shared token session and the API client with
 * its per-business-unit in-flight cap. Opened from {@link ConnectionSettings} after checking every option; closed
 * with the component.
 */
public final class PardotConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PardotConnection.class);

    private final ConnectionSettings settings;
    private final HttpTransport transport;
    private final TokenSession session;
    private final PardotApi api;
    private volatile String id;
    private volatile ConnectionManagement management;

    private PardotConnection(ConnectionSettings settings, HttpTransport transport, TokenSession session, PardotApi api) {
        this.settings = settings;
        this.transport = transport;
        this.session = session;
        this.api = api;
    }

    /**
     * Builds the connection from settings whose option rules were checked (no network call yet).
     *
     * @throws IllegalArgumentException when the JWT key cannot be loaded or the OAuth options do not make one flow
     */
    public static PardotConnection open(ConnectionSettings settings, CamelContext context, WorkerThreads threads) {
        List<String> problems = new ArrayList<>();
        PrivateKey jwtKey = null;
        try {
            jwtKey = jwtKey(settings, context);
        } catch (RuntimeException e) {
            problems.add(e.getMessage());
        }
        OAuthSettings oauth = null;
        if (problems.isEmpty()) {
            oauth = OAuthSettings.builder()
                    .authenticationType(settings.authenticationType())
                    .loginUrl(settings.resolvedLoginUrl())
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .refreshToken(settings.refreshToken())
                    .userName(settings.userName())
                    .password(settings.password())
                    .jwtKey(jwtKey)
                    .jwtAudience(settings.jwtAudience())
                    .build();
            try {
                oauth.resolve();
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The pardot component is not configured correctly: "
                                               + String.join("; ", problems));
        }
        SSLContext sslContext = null;
        if (settings.sslContextParameters() != null) {
            try {
                sslContext = settings.sslContextParameters().createSSLContext(context);
            } catch (Exception e) {
                throw new IllegalArgumentException("sslContextParameters cannot be turned into an SSL context ("
                                                   + e.getClass().getSimpleName() + "): check the key and trust stores", e);
            }
        }
        HttpTransport transport = new HttpTransport(new TransportSettings(Duration.ofMillis(settings.connectTimeout()),
                Duration.ofMillis(settings.requestTimeout()), blankToNull(settings.proxyHost()),
                settings.proxyPort() == null ? 0 : settings.proxyPort(), settings.proxyUsername(),
                settings.proxyPassword(), sslContext), threads);
        try {
            TokenSession session = new TokenSession(oauth, transport);
            PardotApi api = new PardotApi(settings.resolvedPardotUrl(), settings.resolvedInstanceUrl(),
                    settings.normalizedApiVersion(), settings.maxConcurrentRequests(), RetryPolicy.defaults(),
                    session, transport);
            LOG.debug("Pardot connection opened: {} ({})", api, session.authenticationType());
            return new PardotConnection(settings, transport, session, api);
        } catch (RuntimeException e) {
            transport.close();
            throw e;
        }
    }

    /**
     * Logs in now and waits for it (used at start when lazyLogin is false, never on a route's thread).
     *
     * @throws Exception the authentication failure, unwrapped
     */
    public void login() throws Exception {
        long waitMillis = Math.max(settings.requestTimeout(), settings.connectTimeout()) * 3 + 5_000;
        try {
            session.token().get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = Futures.unwrap(e);
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw e;
        } catch (TimeoutException e) {
            throw new IllegalStateException("login to " + settings.resolvedLoginUrl() + " did not finish within "
                                            + waitMillis + " ms: check loginUrl and the network (proxy)", e);
        }
    }

    public PardotApi api() {
        return api;
    }

    public TokenSession session() {
        return session;
    }

    public ConnectionSettings settings() {
        return settings;
    }

    /** Makes the connection visible over JMX and as meters (where the runtime has them) under {@code id}. */
    void register(CamelContext context, String connectionId) {
        this.id = connectionId;
        this.management = ConnectionManagement.register(context, connectionId, api);
    }

    /** The id under which JMX, the meters and the dev console show this connection. */
    public String id() {
        return id;
    }

    @Override
    public void close() {
        ConnectionManagement registered = management;
        if (registered != null) {
            registered.close();
        }
        api.close();
        session.close();
        transport.close();
    }

    @Override
    public String toString() {
        return "PardotConnection[" + api + "]";
    }

    private static PrivateKey jwtKey(ConnectionSettings settings, CamelContext context) {
        if (settings.jwtKeyFile() != null && !settings.jwtKeyFile().isBlank()) {
            return JwtKeys.fromPemFile(Path.of(settings.jwtKeyFile().strip()));
        }
        KeyStoreParameters parameters = settings.keystore();
        if (parameters == null) {
            return null;
        }
        if (parameters.getCamelContext() == null) {
            parameters.setCamelContext(context);
        }
        KeyStore keyStore;
        try {
            keyStore = parameters.createKeyStore();
        } catch (Exception e) {
            throw new IllegalArgumentException("keystore cannot be loaded (" + e.getClass().getSimpleName()
                                               + "): check its resource, type and password", e);
        }
        String keyPassword = settings.keystoreKeyPassword() != null ? settings.keystoreKeyPassword() : parameters.getPassword();
        return JwtKeys.fromKeyStore(keyStore, settings.keystoreAlias(),
                keyPassword == null ? new char[0] : keyPassword.toCharArray());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
