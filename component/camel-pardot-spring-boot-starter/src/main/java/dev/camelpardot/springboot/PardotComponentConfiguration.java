package dev.camelpardot.springboot;

import java.time.Duration;

import dev.camelpardot.auth.AuthenticationType;
import dev.camelpardot.auth.PardotEnvironment;
import dev.camelpardot.camel.BatchFailurePolicy;
import dev.camelpardot.camel.PardotConfiguration;
import dev.camelpardot.camel.UnknownProspectPolicy;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every option of the pardot component as a Spring Boot property {@code camel.component.pardot.<name>}, with its
 * description and default, so the configuration processor lists them in {@code spring-configuration-metadata.json}
 * and IDEs complete them. Spring binds them (relaxed names, environment variables, {@code 30s} durations) and
 * {@link PardotComponentAutoConfiguration} copies the ones that are set onto the component through its generated
 * configurer. Kept equal to the component's catalog by {@code PardotComponentConfigurationTest}.
 */
@ConfigurationProperties(prefix = "camel.component.pardot", ignoreUnknownFields = false)
public class PardotComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * The Account Engagement business unit id: 18 characters starting 0Uv (in Setup under Business Unit Setup), sent
     * as the Pardot-Business-Unit-Id header and used for extension assignment. Required; checked at start.
     */
    private String businessUnitId;

    /**
     * Sets the Salesforce login host and the Account Engagement host together: PRODUCTION =
     * https://login.salesforce.com with https://pi.pardot.com; DEMO = https://test.salesforce.com with
     * https://pi.demo.pardot.com. loginUrl and pardotUrl override each one (a developer org logs in at
     * login.salesforce.com but is served by pi.demo.pardot.com).
     */
    private PardotEnvironment environment = PardotEnvironment.PRODUCTION;

    /**
     * When false the component logs in when it starts, so bad credentials fail the start. When true the first
     * request logs in.
     */
    private Boolean lazyLogin = false;

    /**
     * The Salesforce login URL (the OAuth token endpoint's base), e.g. your My Domain
     * https://example.my.salesforce.com. Default: from environment.
     */
    private String loginUrl;

    /**
     * The most Account Engagement requests in flight at once per business unit, shared by all endpoints of the
     * component that share its connection. Extra requests wait their turn without blocking a thread, so the
     * component's own traffic never causes error 66. Account Engagement allows 5 by default.
     */
    private Integer maxConcurrentRequests = 5;

    /**
     * The Account Engagement API base URL. Default: from environment (https://pi.pardot.com or
     * https://pi.demo.pardot.com).
     */
    private String pardotUrl;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as
     * a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component
     * allows Camel to be alerted if an exception was thrown. Some components handle this internally only, and
     * therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to hook
     * into the 3rd party component and make this possible for future releases. By default the consumer will use the
     * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and
     * ignored.
     */
    private Boolean bridgeErrorHandler = false;

    /**
     * external-activity create, when Account Engagement answers that no prospect has the activity's e-mail (error
     * 4): FAIL fails the exchange with that PardotApiException; CREATE creates the prospect (upsertLatestByEmail,
     * e-mail only) and sends the activity again, once, both calls counting against the in-flight cap and the daily
     * allocation.
     */
    private UnknownProspectPolicy unknownProspect = UnknownProspectPolicy.FAIL;

    /**
     * For a Collection or Iterable body: REPORT lets the exchange succeed with a list of DeliveryResult as the body
     * and counts in headers; FAIL fails the exchange with a PardotBatchException when any element failed (the
     * results are still in the body). Either way every element is attempted.
     */
    private BatchFailurePolicy batchFailurePolicy = BatchFailurePolicy.REPORT;

    /**
     * The extension's DeveloperName: fills the external activity's extension when neither the body nor the
     * CamelPardotExtension header has one; for pardot:activity-type, the extension the types belong to.
     */
    private String extension;

    /**
     * The fields that external-activity read and query return, and the consumer emits (it adds id): comma separated,
     * as Account Engagement v5 requires an explicit list. The header CamelPardotFields overrides it for one exchange.
     */
    private String fields = "id,extension,type,email,value,activityDate,createdAt";

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed
     * then creating and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer = false;

    /**
     * The activity type's DeveloperName: fills the external activity's type when neither the body nor the
     * CamelPardotType header has one.
     */
    private String type;

    /**
     * The Salesforce (Tooling) API version, 56.0 or later (PardotTenant exists from 56.0).
     */
    private String apiVersion = "62.0";

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then
     * gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;

    /**
     * The component configuration: defaults for every endpoint. Its options can also be set one by one on the
     * component (camel.component.pardot.client-id=...).
     */
    private PardotConfiguration configuration;

    /**
     * How long to wait for a TCP (and TLS) connection, in milliseconds or as a duration such as 10s.
     */
    private Duration connectTimeout = Duration.ofMillis(10000);

    /**
     * The Salesforce instance URL for the Tooling API (extension and activity-type setup). Default: the instance_url
     * of the access token.
     */
    private String instanceUrl;

    /**
     * Retries after the first attempt for transient failures: error 66 and 183, HTTP 429, 502, 503, 504, and
     * connection failures before the request was sent. 0 disables retries. The daily limit (122) is never retried.
     * Like every retry option it belongs to the endpoint: an endpoint that sets it keeps sharing the component's
     * session and cap.
     */
    private Integer maxRetries = 5;

    /**
     * How long to wait for a response once a request is sent, in milliseconds or as a duration such as 30s.
     */
    private Duration requestTimeout = Duration.ofMillis(30000);

    /**
     * The upper bound of the first retry's backoff (exponential with full jitter), in milliseconds or as a duration.
     */
    private Duration retryInitialDelay = Duration.ofMillis(250);

    /**
     * The cap of every retry's backoff, in milliseconds or as a duration.
     */
    private Duration retryMaxDelay = Duration.ofMillis(30000);

    /**
     * Also retry requests that timed out or lost the connection after being sent. Off by default: such a create may
     * have been recorded, and Account Engagement has no idempotency key, so a retry can record the activity twice.
     */
    private Boolean retryOnTimeout = false;

    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled = true;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;

    /**
     * The HTTP proxy host.
     */
    private String proxyHost;

    /**
     * The HTTP proxy port (required with proxyHost).
     */
    private Integer proxyPort;

    /**
     * The OAuth flow. When not set it is inferred from the options given: refreshToken means REFRESH_TOKEN, a JWT
     * key (jwtKeyFile or keystore) with userName means JWT, password with userName means USERNAME_PASSWORD, clientId
     * and clientSecret alone mean CLIENT_CREDENTIALS. An incomplete or ambiguous set fails at start naming the
     * missing options.
     */
    private AuthenticationType authenticationType;

    /**
     * The connected app's consumer key (OAuth client id).
     */
    private String clientId;

    /**
     * The connected app's consumer secret.
     */
    private String clientSecret;

    /**
     * The aud claim of the JWT bearer flow. Default: https://login.salesforce.com or https://test.salesforce.com for
     * those login hosts, else the loginUrl.
     */
    private String jwtAudience;

    /**
     * Path of a PEM file holding the private key for the JWT bearer flow (PKCS#8 'BEGIN PRIVATE KEY' or PKCS#1
     * 'BEGIN RSA PRIVATE KEY'). Use this or keystore.
     */
    private String jwtKeyFile;

    /**
     * KeyStore parameters holding the private key for the JWT bearer flow, as in camel-salesforce. Use this or
     * jwtKeyFile.
     */
    private KeyStoreParameters keystore;

    /**
     * The alias of the private key entry in keystore. Default: the only key entry.
     */
    private String keystoreAlias;

    /**
     * The password of the private key entry in keystore. Default: the keystore's password.
     */
    private String keystoreKeyPassword;

    /**
     * The Salesforce password (USERNAME_PASSWORD), with the security token appended when the org requires one.
     */
    private String password;

    /**
     * The password for proxy authentication.
     */
    private String proxyPassword;

    /**
     * The user name for proxy authentication.
     */
    private String proxyUsername;

    /**
     * A refresh token from the OAuth web-server or user-agent flow (REFRESH_TOKEN). A rotated refresh token returned
     * by Salesforce is kept for the rest of the run.
     */
    private String refreshToken;

    /**
     * SSL/TLS parameters (trust store, key store, protocols) for every connection.
     */
    private SSLContextParameters sslContextParameters;

    /**
     * The Salesforce user name (USERNAME_PASSWORD and JWT flows). The user must be synced to the Account Engagement
     * business unit.
     */
    private String userName;

    public String getBusinessUnitId() {
        return businessUnitId;
    }

    public void setBusinessUnitId(String businessUnitId) {
        this.businessUnitId = businessUnitId;
    }

    public PardotEnvironment getEnvironment() {
        return environment;
    }

    public void setEnvironment(PardotEnvironment environment) {
        this.environment = environment;
    }

    public Boolean getLazyLogin() {
        return lazyLogin;
    }

    public void setLazyLogin(Boolean lazyLogin) {
        this.lazyLogin = lazyLogin;
    }

    public String getLoginUrl() {
        return loginUrl;
    }

    public void setLoginUrl(String loginUrl) {
        this.loginUrl = loginUrl;
    }

    public Integer getMaxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    public void setMaxConcurrentRequests(Integer maxConcurrentRequests) {
        this.maxConcurrentRequests = maxConcurrentRequests;
    }

    public String getPardotUrl() {
        return pardotUrl;
    }

    public void setPardotUrl(String pardotUrl) {
        this.pardotUrl = pardotUrl;
    }

    public BatchFailurePolicy getBatchFailurePolicy() {
        return batchFailurePolicy;
    }

    public void setBatchFailurePolicy(BatchFailurePolicy batchFailurePolicy) {
        this.batchFailurePolicy = batchFailurePolicy;
    }

    public String getExtension() {
        return extension;
    }

    public void setExtension(String extension) {
        this.extension = extension;
    }

    public String getFields() {
        return fields;
    }

    public void setFields(String fields) {
        this.fields = fields;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public UnknownProspectPolicy getUnknownProspect() {
        return unknownProspect;
    }

    public void setUnknownProspect(UnknownProspectPolicy unknownProspect) {
        this.unknownProspect = unknownProspect;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public PardotConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(PardotConfiguration configuration) {
        this.configuration = configuration;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public String getInstanceUrl() {
        return instanceUrl;
    }

    public void setInstanceUrl(String instanceUrl) {
        this.instanceUrl = instanceUrl;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public Duration getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(Duration retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public Duration getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(Duration retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public Boolean getRetryOnTimeout() {
        return retryOnTimeout;
    }

    public void setRetryOnTimeout(Boolean retryOnTimeout) {
        this.retryOnTimeout = retryOnTimeout;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
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

    public AuthenticationType getAuthenticationType() {
        return authenticationType;
    }

    public void setAuthenticationType(AuthenticationType authenticationType) {
        this.authenticationType = authenticationType;
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

    public String getJwtAudience() {
        return jwtAudience;
    }

    public void setJwtAudience(String jwtAudience) {
        this.jwtAudience = jwtAudience;
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getRefreshToken() {
        return refreshToken;
    }

    public void setRefreshToken(String refreshToken) {
        this.refreshToken = refreshToken;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }
}
