package dev.camelpardot.camel;

import java.time.Duration;

import dev.camelpardot.api.RetryPolicy;
import dev.camelpardot.auth.AuthenticationType;
import dev.camelpardot.auth.PardotEnvironment;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * Every option that can be set on the component (as defaults) and overridden on an endpoint URI. The component
 * keeps one instance; each endpoint gets a {@link #copy()} that its URI options are applied to.
 * <p>
 * Connection options (authentication, hosts, transport, limits) decide which session an endpoint uses: endpoints
 * whose connection options equal the component's share the component's one session and its in-flight limit; an
 * endpoint that overrides one of them gets a connection of its own. Retry options are per endpoint and never open
 * another connection. {@link #toString()} masks secrets.
 */
@UriParams
public class PardotConfiguration implements Cloneable {

    public static final String DEFAULT_API_VERSION = "62.0";
    public static final String DEFAULT_FIELDS = "id,extension,type,email,value,activityDate,createdAt";

    // ---- authentication

    @UriParam(label = "security", enums = "REFRESH_TOKEN,CLIENT_CREDENTIALS,JWT,USERNAME_PASSWORD",
              description = "The OAuth flow. When not set it is inferred from the options given: refreshToken means"
                            + " REFRESH_TOKEN, a JWT key (jwtKeyFile or keystore) with userName means JWT, password"
                            + " with userName means USERNAME_PASSWORD, clientId and clientSecret alone mean"
                            + " CLIENT_CREDENTIALS. An incomplete or ambiguous set fails at start naming the missing"
                            + " options.")
    private AuthenticationType authenticationType;

    @UriParam(label = "common", defaultValue = "PRODUCTION", enums = "PRODUCTION,DEMO",
              description = "Sets the Salesforce login host and the Account Engagement host together: PRODUCTION ="
                            + " https://login.salesforce.com with https://pi.pardot.com; DEMO ="
                            + " https://test.salesforce.com with https://pi.demo.pardot.com. loginUrl and pardotUrl"
                            + " override each one (a developer org logs in at login.salesforce.com but is served by"
                            + " pi.demo.pardot.com).")
    private PardotEnvironment environment = PardotEnvironment.PRODUCTION;

    @UriParam(label = "common",
              description = "The Salesforce login URL (the OAuth token endpoint's base), e.g. your My Domain"
                            + " https://example.my.salesforce.com. Default: from environment.")
    private String loginUrl;

    @UriParam(label = "common",
              description = "The Account Engagement API base URL. Default: from environment (https://pi.pardot.com or"
                            + " https://pi.demo.pardot.com).")
    private String pardotUrl;

    @UriParam(label = "advanced",
              description = "The Salesforce instance URL for the Tooling API (extension and activity-type setup)."
                            + " Default: the instance_url of the access token.")
    private String instanceUrl;

    @UriParam(label = "security",
              description = "The connected app's consumer key (OAuth client id).")
    private String clientId;

    @UriParam(label = "security", secret = true,
              description = "The connected app's consumer secret.")
    private String clientSecret;

    @UriParam(label = "security", secret = true,
              description = "A refresh token from the OAuth web-server or user-agent flow (REFRESH_TOKEN). A"
                            + " rotated refresh token returned by Salesforce is kept for the rest of the run.")
    private String refreshToken;

    @UriParam(label = "security",
              description = "The Salesforce user name (USERNAME_PASSWORD and JWT flows). The user must be synced to"
                            + " the Account Engagement business unit.")
    private String userName;

    @UriParam(label = "security", secret = true,
              description = "The Salesforce password (USERNAME_PASSWORD), with the security token appended when the"
                            + " org requires one.")
    private String password;

    @UriParam(label = "security",
              description = "Path of a PEM file holding the private key for the JWT bearer flow (PKCS#8 'BEGIN"
                            + " PRIVATE KEY' or PKCS#1 'BEGIN RSA PRIVATE KEY'). Use this or keystore.")
    private String jwtKeyFile;

    @UriParam(label = "security",
              description = "KeyStore parameters holding the private key for the JWT bearer flow, as in"
                            + " camel-salesforce. Use this or jwtKeyFile.")
    private KeyStoreParameters keystore;

    @UriParam(label = "security",
              description = "The alias of the private key entry in keystore. Default: the only key entry.")
    private String keystoreAlias;

    @UriParam(label = "security", secret = true,
              description = "The password of the private key entry in keystore. Default: the keystore's password.")
    private String keystoreKeyPassword;

    @UriParam(label = "security",
              description = "The aud claim of the JWT bearer flow. Default: https://login.salesforce.com or"
                            + " https://test.salesforce.com for those login hosts, else the loginUrl.")
    private String jwtAudience;

    @UriParam(label = "common", defaultValue = "false",
              description = "When false the component logs in when it starts, so bad credentials fail the start."
                            + " When true the first request logs in.")
    private boolean lazyLogin;

    // ---- org

    @UriParam(label = "common",
              description = "The Account Engagement business unit id: 18 characters starting 0Uv (in Setup under Business"
                            + " Unit Setup), sent as the Pardot-Business-Unit-Id header and used for extension"
                            + " assignment. Required; checked at start.")
    private String businessUnitId;

    @UriParam(label = "advanced", defaultValue = DEFAULT_API_VERSION,
              description = "The Salesforce (Tooling) API version, 56.0 or later (PardotTenant exists from 56.0).")
    private String apiVersion = DEFAULT_API_VERSION;

    // ---- transport

    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How long to wait for a TCP (and TLS) connection, in milliseconds or as a duration such"
                            + " as 10s.")
    private long connectTimeout = 10_000;

    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "How long to wait for a response once a request is sent, in milliseconds or as a"
                            + " duration such as 30s.")
    private long requestTimeout = 30_000;

    @UriParam(label = "proxy", description = "The HTTP proxy host.")
    private String proxyHost;

    @UriParam(label = "proxy", description = "The HTTP proxy port (required with proxyHost).")
    private Integer proxyPort;

    @UriParam(label = "proxy,security", description = "The user name for proxy authentication.")
    private String proxyUsername;

    @UriParam(label = "proxy,security", secret = true, description = "The password for proxy authentication.")
    private String proxyPassword;

    @UriParam(label = "security",
              description = "SSL/TLS parameters (trust store, key store, protocols) for every connection.")
    private SSLContextParameters sslContextParameters;

    // ---- limits and retries

    @UriParam(label = "common", defaultValue = "5",
              description = "The most Account Engagement requests in flight at once per business unit, shared by all"
                            + " endpoints of the component that share its connection. Extra requests wait their turn"
                            + " without blocking a thread, so the component's own traffic never causes error 66."
                            + " Account Engagement allows 5 by default.")
    private int maxConcurrentRequests = 5;

    @UriParam(label = "advanced", defaultValue = "5",
              description = "Retries after the first attempt for transient failures: error 66 and 183, HTTP 429, 502,"
                            + " 503, 504, and connection failures before the request was sent. 0 disables retries."
                            + " The daily limit (122) is never retried. Like every retry option it belongs to the"
                            + " endpoint: an endpoint that sets it keeps sharing the component's session and cap.")
    private int maxRetries = 5;

    @UriParam(label = "advanced", defaultValue = "250", javaType = "java.time.Duration",
              description = "The upper bound of the first retry's backoff (exponential with full jitter), in"
                            + " milliseconds or as a duration.")
    private long retryInitialDelay = 250;

    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "The cap of every retry's backoff, in milliseconds or as a duration.")
    private long retryMaxDelay = 30_000;

    @UriParam(label = "advanced", defaultValue = "false",
              description = "Also retry requests that timed out or lost the connection after being sent. Off by"
                            + " default: such a create may have been recorded, and Account Engagement has no"
                            + " idempotency key, so a retry can record the activity twice.")
    private boolean retryOnTimeout;

    // ---- producer defaults

    @UriParam(label = "producer",
              description = "The extension's DeveloperName: fills the external activity's extension when neither the"
                            + " body nor the CamelPardotExtension header has one; for pardot:activity-type, the"
                            + " extension the types belong to.")
    private String extension;

    @UriParam(label = "producer",
              description = "The activity type's DeveloperName: fills the external activity's type when neither the"
                            + " body nor the CamelPardotType header has one.")
    private String type;

    @UriParam(label = "common", defaultValue = DEFAULT_FIELDS,
              description = "The fields that external-activity read and query return, and the consumer emits (it adds"
                            + " id): comma separated, as Account Engagement v5 requires an explicit list. The header"
                            + " CamelPardotFields overrides it for one exchange.")
    private String fields = DEFAULT_FIELDS;

    @UriParam(label = "producer", defaultValue = "REPORT", enums = "REPORT,FAIL",
              description = "For a Collection or Iterable body: REPORT lets the exchange succeed with a"
                            + " list of DeliveryResult as the body and counts in headers; FAIL fails the exchange with a"
                            + " PardotBatchException when any element failed (the results are still in the body)."
                            + " Either way every element is attempted.")
    private BatchFailurePolicy batchFailurePolicy = BatchFailurePolicy.REPORT;

    @UriParam(label = "producer", defaultValue = "FAIL", enums = "FAIL,CREATE",
              description = "external-activity create, when Account Engagement answers that no prospect has the"
                            + " activity's e-mail (error 4): FAIL fails the exchange with that PardotApiException;"
                            + " CREATE creates the prospect (upsertLatestByEmail, e-mail only) and sends the activity"
                            + " again, once, both calls counting against the in-flight cap and the daily allocation.")
    private UnknownProspectPolicy unknownProspect = UnknownProspectPolicy.FAIL;

    /** A shallow copy: each endpoint gets its own, so URI options never leak into the component's defaults. */
    public PardotConfiguration copy() {
        try {
            return (PardotConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /** The options that decide which session and transport an endpoint uses. */
    public ConnectionSettings connectionSettings() {
        return new ConnectionSettings(authenticationType, environment, loginUrl, pardotUrl, instanceUrl, clientId,
                clientSecret, refreshToken, userName, password, jwtKeyFile, keystore, keystoreAlias,
                keystoreKeyPassword, jwtAudience, lazyLogin, apiVersion, connectTimeout, requestTimeout, proxyHost,
                proxyPort, proxyUsername, proxyPassword, sslContextParameters, maxConcurrentRequests);
    }

    /**
     * How this endpoint retries transient failures. Endpoints that differ only in these options share one connection.
     * The options' rules are checked when the endpoint starts.
     */
    public RetryPolicy retryPolicy() {
        return new RetryPolicy(maxRetries, Duration.ofMillis(retryInitialDelay), Duration.ofMillis(retryMaxDelay),
                retryOnTimeout);
    }

    // ---- getters and setters

    public AuthenticationType getAuthenticationType() {
        return authenticationType;
    }

    public void setAuthenticationType(AuthenticationType authenticationType) {
        this.authenticationType = authenticationType;
    }

    public PardotEnvironment getEnvironment() {
        return environment;
    }

    public void setEnvironment(PardotEnvironment environment) {
        this.environment = environment;
    }

    public String getLoginUrl() {
        return loginUrl;
    }

    public void setLoginUrl(String loginUrl) {
        this.loginUrl = loginUrl;
    }

    public String getPardotUrl() {
        return pardotUrl;
    }

    public void setPardotUrl(String pardotUrl) {
        this.pardotUrl = pardotUrl;
    }

    public String getInstanceUrl() {
        return instanceUrl;
    }

    public void setInstanceUrl(String instanceUrl) {
        this.instanceUrl = instanceUrl;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getRefreshToken() {
        return refreshToken;
    }

    public void setRefreshToken(String refreshToken) {
        this.refreshToken = refreshToken;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getJwtKeyFile() {
        return jwtKeyFile;
    }

    public void setJwtKeyFile(String jwtKeyFile) {
        this.jwtKeyFile = jwtKeyFile;
    }

    public KeyStoreParameters getKeystore() {
        return keystore;
    }

    public void setKeystore(KeyStoreParameters keystore) {
        this.keystore = keystore;
    }

    public String getKeystoreAlias() {
        return keystoreAlias;
    }

    public void setKeystoreAlias(String keystoreAlias) {
        this.keystoreAlias = keystoreAlias;
    }

    public String getKeystoreKeyPassword() {
        return keystoreKeyPassword;
    }

    public void setKeystoreKeyPassword(String keystoreKeyPassword) {
        this.keystoreKeyPassword = keystoreKeyPassword;
    }

    public String getJwtAudience() {
        return jwtAudience;
    }

    public void setJwtAudience(String jwtAudience) {
        this.jwtAudience = jwtAudience;
    }

    public boolean isLazyLogin() {
        return lazyLogin;
    }

    public void setLazyLogin(boolean lazyLogin) {
        this.lazyLogin = lazyLogin;
    }

    public String getBusinessUnitId() {
        return businessUnitId;
    }

    public void setBusinessUnitId(String businessUnitId) {
        this.businessUnitId = businessUnitId;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public int getMaxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    public void setMaxConcurrentRequests(int maxConcurrentRequests) {
        this.maxConcurrentRequests = maxConcurrentRequests;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public boolean isRetryOnTimeout() {
        return retryOnTimeout;
    }

    public void setRetryOnTimeout(boolean retryOnTimeout) {
        this.retryOnTimeout = retryOnTimeout;
    }

    public String getExtension() {
        return extension;
    }

    public void setExtension(String extension) {
        this.extension = extension;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getFields() {
        return fields;
    }

    public void setFields(String fields) {
        this.fields = fields;
    }

    public BatchFailurePolicy getBatchFailurePolicy() {
        return batchFailurePolicy;
    }

    public void setBatchFailurePolicy(BatchFailurePolicy batchFailurePolicy) {
        this.batchFailurePolicy = batchFailurePolicy;
    }

    public UnknownProspectPolicy getUnknownProspect() {
        return unknownProspect;
    }

    public void setUnknownProspect(UnknownProspectPolicy unknownProspect) {
        this.unknownProspect = unknownProspect;
    }

    @Override
    public String toString() {
        return "PardotConfiguration[" + connectionSettings() + ", businessUnitId=" + businessUnitId
               + ", extension=" + extension + ", type=" + type + ", fields=" + fields
               + ", batchFailurePolicy=" + batchFailurePolicy + ", unknownProspect=" + unknownProspect + "]";
    }
}
