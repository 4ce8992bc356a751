package dev.camelpardot.camel;

import java.net.URI;

import dev.camelpardot.api.ApiVersion;
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

    /** The API version as the Tooling paths write it, e.g. 62.0. */
    public String normalizedApiVersion() {
        return ApiVersion.normalize(apiVersion);
    }

    private PardotEnvironment env() {
        return environment != null ? environment : PardotEnvironment.PRODUCTION;
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
