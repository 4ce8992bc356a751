package dev.camelpardot.dsl;

import dev.camelpardot.auth.AuthenticationType;
import dev.camelpardot.auth.PardotEnvironment;
import dev.camelpardot.camel.BatchFailurePolicy;
import dev.camelpardot.camel.PardotOperation;
import org.apache.camel.builder.EndpointProducerBuilder;

/**
 * Typed options for {@code pardot:} endpoints in the Java DSL, shaped like the endpoint builders Camel generates for
 * its own components (a basic builder, an {@link AdvancedPardotEndpointBuilder advanced()} one, and a
 * {@link PardotBuilders} mix-in). Each method sets the endpoint option of the same name; see docs/reference.md for
 * defaults and details. The builder is an {@link EndpointProducerBuilder}, so it goes straight into {@code to(...)}:
 *
 * <pre>{@code
 * from("direct:signups")
 *     .to(Pardot.pardot("external-activity").extension("Webinar_Service").type("Registered"));
 * }</pre>
 */
public interface PardotEndpointBuilderFactory {

    /** The common options of a {@code pardot:} endpoint. */
    interface PardotEndpointBuilder extends EndpointProducerBuilder {

        /** @return the same builder, showing the advanced options */
        default AdvancedPardotEndpointBuilder advanced() {
            return (AdvancedPardotEndpointBuilder) this;
        }

        /**
         * The operation. external-activity: create (default), read, query. extension: create, get, list, update, ensure, assign, unassign. activity-type: create, get, list, update, ensure, activate, deactivate.
         *
         * @param v the value
         * @return the dsl builder
         */
        default PardotEndpointBuilder operation(PardotOperation v) {
            doSetProperty("operation", v);
            return this;
        }
        /**
         * The operation. external-activity: create (default), read, query. extension: create, get, list, update, ensure, assign, unassign. activity-type: create, get, list, update, ensure, activate, deactivate.
         *
         * @param v the value's name, or a property placeholder
         * @return the dsl builder
         */
        default PardotEndpointBuilder operation(String v) {
            doSetProperty("operation", v);
            return this;
        }
        /**
         * The extension's DeveloperName: the external activity's extension when neither the body nor the CamelPardotExtension header has one; for pardot:activity-type the extension the types belong to.
         *
         * @param v the value; property placeholders are resolved
         * @return the dsl builder
         */
        default PardotEndpointBuilder extension(String v) {
            doSetProperty("extension", v);
            return this;
        }
        /**
         * The activity type's DeveloperName: the external activity's type when neither the body nor the CamelPardotType header has one.
         *
         * @param v the value; property placeholders are resolved
         * @return the dsl builder
         */
        default PardotEndpointBuilder type(String v) {
            doSetProperty("type", v);
            return this;
        }
        /**
         * The DeveloperName of the extension or activity type to work on (setup operations).
         *
         * @param v the value; property placeholders are resolved
         * @return the dsl builder
         */
        default PardotEndpointBuilder developerName(String v) {
            doSetProperty("developerName", v);
            return this;
        }
        /**
         * The label (MasterLabel) for create, update and ensure.
         *
         * @param v the value; property placeholders are resolved
         * @return the dsl builder
         */
        default PardotEndpointBuilder label(String v) {
            doSetProperty("label", v);
            return this;
        }
        /**
         * The description for create, update and ensure.
         *
         * @param v the value; property placeholders are resolved
         * @return the dsl builder
         */
        default PardotEndpointBuilder description(String v) {
            doSetProperty("description", v);
            return this;
        }
        /**
         * The active flag (Active in Automations) for create, update and ensure; not set leaves it as it is.
         *
         * @param v the value
         * @return the dsl builder
         */
        default PardotEndpointBuilder active(Boolean v) {
            doSetProperty("active", v);
            return this;
        }
        /**
         * The active flag (Active in Automations) for create, update and ensure; not set leaves it as it is.
         *
         * @param v the value as text, or a property placeholder
         * @return the dsl builder
         */
        default PardotEndpointBuilder active(String v) {
            doSetProperty("active", v);
            return this;
        }
        /**
         * The fields that external-activity read and query return.
         *
         * @param v the value; property placeholders are resolved
         * @return the dsl builder
         */
        default PardotEndpointBuilder fields(String v) {
            doSetProperty("fields", v);
            return this;
        }
        /**
         * external-activity query: the page size (1-1000).
         *
         * @param v the value
         * @return the dsl builder
         */
        default PardotEndpointBuilder limit(Integer v) {
            doSetProperty("limit", v);
            return this;
        }
        /**
         * external-activity query: the page size (1-1000).
         *
         * @param v the value as text, or a property placeholder
         * @return the dsl builder
         */
        default PardotEndpointBuilder limit(String v) {
            doSetProperty("limit", v);
            return this;
        }
        /**
         * external-activity query: a lazy iterator over every page instead of one page, for a splitter.
         *
         * @param v the value
         * @return the dsl builder
         */
        default PardotEndpointBuilder streamResults(boolean v) {
            doSetProperty("streamResults", v);
            return this;
        }
        /**
         * external-activity query: a lazy iterator over every page instead of one page, for a splitter.
         *
         * @param v the value as text, or a property placeholder
         * @return the dsl builder
         */
        default PardotEndpointBuilder streamResults(String v) {
            doSetProperty("streamResults", v);
            return this;
        }
        /**
         * For a Collection or Iterable body: REPORT lets the exchange succeed with a result per element, FAIL fails it when any element failed.
         *
         * @param v the value
         * @return the dsl builder
         */
        default PardotEndpointBuilder batchFailurePolicy(BatchFailurePolicy v) {
            doSetProperty("batchFailurePolicy", v);
            return this;
        }
        /**
         * For a Collection or Iterable body: REPORT lets the exchange succeed with a result per element, FAIL fails it when any element failed.
         *
         * @param v the value's name, or a property placeholder
         * @return the dsl builder
         */
        default PardotEndpointBuilder batchFailurePolicy(String v) {
            doSetProperty("batchFailurePolicy", v);
            return this;
        }
        /**
         * The Account Engagement business unit id (18 characters starting 0Uv).
         *
         * @param v the value; property placeholders are resolved
         * @return the dsl builder
         */
        default PardotEndpointBuilder businessUnitId(String v) {
            doSetProperty("businessUnitId", v);
            return this;
        }
        /**
         * PRODUCTION (login.salesforce.com with pi.pardot.com) or DEMO (test.salesforce.com with pi.demo.pardot.com).
         *
         * @param v the value
         * @return the dsl builder
         */
        default PardotEndpointBuilder environment(PardotEnvironment v) {
            doSetProperty("environment", v);
            return this;
        }
        /**
         * PRODUCTION (login.salesforce.com with pi.pardot.com) or DEMO (test.salesforce.com with pi.demo.pardot.com).
         *
         * @param v the value's name, or a property placeholder
         * @return the dsl builder
         */
        default PardotEndpointBuilder environment(String v) {
            doSetProperty("environment", v);
            return this;
        }
        /**
         * The Salesforce login URL (the OAuth token endpoint's base); overrides environment.
         *
         * @param v the value; property placeholders are resolved
         * @return the dsl builder
         */
        default PardotEndpointBuilder loginUrl(String v) {
            doSetProperty("loginUrl", v);
            return this;
        }
        /**
         * The Account Engagement API base URL; overrides environment.
         *
         * @param v the value; property placeholders are resolved
         * @return the dsl builder
         */
        default PardotEndpointBuilder pardotUrl(String v) {
            doSetProperty("pardotUrl", v);
            return this;
        }
        /**
         * The OAuth flow; inferred from the options given when not set.
         *
         * @param v the value
         * @return the dsl builder
         */
        default PardotEndpointBuilder authenticationType(AuthenticationType v) {
            doSetProperty("authenticationType", v);
            return this;
        }
        /**
         * The OAuth flow; inferred from the options given when not set.
         *
         * @param v the value's name, or a property placeholder
         * @return the dsl builder
         */
        default PardotEndpointBuilder authenticationType(String v) {
            doSetProperty("authenticationType", v);
            return this;
        }
        /**
         * The connected app's consumer key.
         *
         * @param v the value; property placeholders are resolved
         * @return the dsl builder
         */
        default PardotEndpointBuilder clientId(String v) {
            doSetProperty("clientId", v);
            return this;
        }
        /**
         * The connected app's consumer secret (secret).
         *
         * @param v the value; property placeholders are resolved
         * @return the dsl builder
         */
        default PardotEndpointBuilder clientSecret(String v) {
            doSetProperty("clientSecret", v);
            return this;
        }
        /**
         * The refresh token of the REFRESH_TOKEN flow (secret).
         *
         * @param v the value; property placeholders are resolved
         * @return the dsl builder
         */
        default PardotEndpointBuilder refreshToken(String v) {
            doSetProperty("refreshToken", v);
            return this;
        }
        /**
         * The Salesforce user name (USERNAME_PASSWORD and JWT flows).
         *
         * @param v the value; property placeholders are resolved
         * @return the dsl builder
         */
        default PardotEndpointBuilder userName(String v) {
            doSetProperty("userName", v);
            return this;
        }
        /**
         * The Salesforce password of the USERNAME_PASSWORD flow (secret).
         *
         * @param v the value; property placeholders are resolved
         * @return the dsl builder
         */
        default PardotEndpointBuilder password(String v) {
            doSetProperty("password", v);
            return this;
        }
        /**
         * Path of the PEM private key of the JWT bearer flow.
         *
         * @param v the value; property placeholders are resolved
         * @return the dsl builder
         */
        default PardotEndpointBuilder jwtKeyFile(String v) {
            doSetProperty("jwtKeyFile", v);
            return this;
        }
        /**
         * The key store holding the private key of the JWT bearer flow.
         *
         * @param v the object; bound into the registry when the endpoint is resolved
         * @return the dsl builder
         */
        default PardotEndpointBuilder keystore(org.apache.camel.support.jsse.KeyStoreParameters v) {
            doSetProperty("keystore", v);
            return this;
        }
        /**
         * The key store holding the private key of the JWT bearer flow.
         *
         * @param v a reference to a bean in the registry, as #name
         * @return the dsl builder
         */
        default PardotEndpointBuilder keystore(String v) {
            doSetProperty("keystore", v);
            return this;
        }
        /**
         * The alias of the private key entry in keystore.
         *
         * @param v the value; property placeholders are resolved
         * @return the dsl builder
         */
        default PardotEndpointBuilder keystoreAlias(String v) {
            doSetProperty("keystoreAlias", v);
            return this;
        }
        /**
         * The password of the private key entry in keystore (secret).
         *
         * @param v the value; property placeholders are resolved
         * @return the dsl builder
         */
        default PardotEndpointBuilder keystoreKeyPassword(String v) {
            doSetProperty("keystoreKeyPassword", v);
            return this;
        }
        /**
         * The aud claim of the JWT bearer flow.
         *
         * @param v the value; property placeholders are resolved
         * @return the dsl builder
         */
        default PardotEndpointBuilder jwtAudience(String v) {
            doSetProperty("jwtAudience", v);
            return this;
        }
        /**
         * When true the first request logs in, instead of the start.
         *
         * @param v the value
         * @return the dsl builder
         */
        default PardotEndpointBuilder lazyLogin(boolean v) {
            doSetProperty("lazyLogin", v);
            return this;
        }
        /**
         * When true the first request logs in, instead of the start.
         *
         * @param v the value as text, or a property placeholder
         * @return the dsl builder
         */
        default PardotEndpointBuilder lazyLogin(String v) {
            doSetProperty("lazyLogin", v);
            return this;
        }
        /**
         * The most Account Engagement requests in flight at once per business unit.
         *
         * @param v the value
         * @return the dsl builder
         */
        default PardotEndpointBuilder maxConcurrentRequests(int v) {
            doSetProperty("maxConcurrentRequests", v);
            return this;
        }
        /**
         * The most Account Engagement requests in flight at once per business unit.
         *
         * @param v the value as text, or a property placeholder
         * @return the dsl builder
         */
        default PardotEndpointBuilder maxConcurrentRequests(String v) {
            doSetProperty("maxConcurrentRequests", v);
            return this;
        }
        /**
         * The HTTP proxy host.
         *
         * @param v the value; property placeholders are resolved
         * @return the dsl builder
         */
        default PardotEndpointBuilder proxyHost(String v) {
            doSetProperty("proxyHost", v);
            return this;
        }
        /**
         * The HTTP proxy port.
         *
         * @param v the value
         * @return the dsl builder
         */
        default PardotEndpointBuilder proxyPort(Integer v) {
            doSetProperty("proxyPort", v);
            return this;
        }
        /**
         * The HTTP proxy port.
         *
         * @param v the value as text, or a property placeholder
         * @return the dsl builder
         */
        default PardotEndpointBuilder proxyPort(String v) {
            doSetProperty("proxyPort", v);
            return this;
        }
        /**
         * The user name for proxy authentication.
         *
         * @param v the value; property placeholders are resolved
         * @return the dsl builder
         */
        default PardotEndpointBuilder proxyUsername(String v) {
            doSetProperty("proxyUsername", v);
            return this;
        }
        /**
         * The password for proxy authentication (secret).
         *
         * @param v the value; property placeholders are resolved
         * @return the dsl builder
         */
        default PardotEndpointBuilder proxyPassword(String v) {
            doSetProperty("proxyPassword", v);
            return this;
        }
        /**
         * SSL/TLS parameters for every connection.
         *
         * @param v the object; bound into the registry when the endpoint is resolved
         * @return the dsl builder
         */
        default PardotEndpointBuilder sslContextParameters(org.apache.camel.support.jsse.SSLContextParameters v) {
            doSetProperty("sslContextParameters", v);
            return this;
        }
        /**
         * SSL/TLS parameters for every connection.
         *
         * @param v a reference to a bean in the registry, as #name
         * @return the dsl builder
         */
        default PardotEndpointBuilder sslContextParameters(String v) {
            doSetProperty("sslContextParameters", v);
            return this;
        }
    }

    /** The advanced options of a {@code pardot:} endpoint: hosts, API version, timeouts and retries. */
    interface AdvancedPardotEndpointBuilder extends EndpointProducerBuilder {

        /** @return the same builder, showing the common options */
        default PardotEndpointBuilder basic() {
            return (PardotEndpointBuilder) this;
        }

        /**
         * The Salesforce instance URL for the Tooling API; default: the access token's instance_url.
         *
         * @param v the value; property placeholders are resolved
         * @return the dsl builder
         */
        default AdvancedPardotEndpointBuilder instanceUrl(String v) {
            doSetProperty("instanceUrl", v);
            return this;
        }
        /**
         * The Salesforce (Tooling) API version, 56.0 or later.
         *
         * @param v the value; property placeholders are resolved
         * @return the dsl builder
         */
        default AdvancedPardotEndpointBuilder apiVersion(String v) {
            doSetProperty("apiVersion", v);
            return this;
        }
        /**
         * How long to wait for a connection.
         *
         * @param v milliseconds
         * @return the dsl builder
         */
        default AdvancedPardotEndpointBuilder connectTimeout(long v) {
            doSetProperty("connectTimeout", v);
            return this;
        }
        /**
         * How long to wait for a connection.
         *
         * @param v the duration (sent as milliseconds)
         * @return the dsl builder
         */
        default AdvancedPardotEndpointBuilder connectTimeout(java.time.Duration v) {
            doSetProperty("connectTimeout", v.toMillis());
            return this;
        }
        /**
         * How long to wait for a connection.
         *
         * @param v milliseconds or a duration such as 10s, or a property placeholder
         * @return the dsl builder
         */
        default AdvancedPardotEndpointBuilder connectTimeout(String v) {
            doSetProperty("connectTimeout", v);
            return this;
        }
        /**
         * How long to wait for a response once a request is sent.
         *
         * @param v milliseconds
         * @return the dsl builder
         */
        default AdvancedPardotEndpointBuilder requestTimeout(long v) {
            doSetProperty("requestTimeout", v);
            return this;
        }
        /**
         * How long to wait for a response once a request is sent.
         *
         * @param v the duration (sent as milliseconds)
         * @return the dsl builder
         */
        default AdvancedPardotEndpointBuilder requestTimeout(java.time.Duration v) {
            doSetProperty("requestTimeout", v.toMillis());
            return this;
        }
        /**
         * How long to wait for a response once a request is sent.
         *
         * @param v milliseconds or a duration such as 10s, or a property placeholder
         * @return the dsl builder
         */
        default AdvancedPardotEndpointBuilder requestTimeout(String v) {
            doSetProperty("requestTimeout", v);
            return this;
        }
        /**
         * Retries after the first attempt for transient failures; 0 disables retries.
         *
         * @param v the value
         * @return the dsl builder
         */
        default AdvancedPardotEndpointBuilder maxRetries(int v) {
            doSetProperty("maxRetries", v);
            return this;
        }
        /**
         * Retries after the first attempt for transient failures; 0 disables retries.
         *
         * @param v the value as text, or a property placeholder
         * @return the dsl builder
         */
        default AdvancedPardotEndpointBuilder maxRetries(String v) {
            doSetProperty("maxRetries", v);
            return this;
        }
        /**
         * The upper bound of the first retry's backoff.
         *
         * @param v milliseconds
         * @return the dsl builder
         */
        default AdvancedPardotEndpointBuilder retryInitialDelay(long v) {
            doSetProperty("retryInitialDelay", v);
            return this;
        }
        /**
         * The upper bound of the first retry's backoff.
         *
         * @param v the duration (sent as milliseconds)
         * @return the dsl builder
         */
        default AdvancedPardotEndpointBuilder retryInitialDelay(java.time.Duration v) {
            doSetProperty("retryInitialDelay", v.toMillis());
            return this;
        }
        /**
         * The upper bound of the first retry's backoff.
         *
         * @param v milliseconds or a duration such as 10s, or a property placeholder
         * @return the dsl builder
         */
        default AdvancedPardotEndpointBuilder retryInitialDelay(String v) {
            doSetProperty("retryInitialDelay", v);
            return this;
        }
        /**
         * The cap of every retry's backoff.
         *
         * @param v milliseconds
         * @return the dsl builder
         */
        default AdvancedPardotEndpointBuilder retryMaxDelay(long v) {
            doSetProperty("retryMaxDelay", v);
            return this;
        }
        /**
         * The cap of every retry's backoff.
         *
         * @param v the duration (sent as milliseconds)
         * @return the dsl builder
         */
        default AdvancedPardotEndpointBuilder retryMaxDelay(java.time.Duration v) {
            doSetProperty("retryMaxDelay", v.toMillis());
            return this;
        }
        /**
         * The cap of every retry's backoff.
         *
         * @param v milliseconds or a duration such as 10s, or a property placeholder
         * @return the dsl builder
         */
        default AdvancedPardotEndpointBuilder retryMaxDelay(String v) {
            doSetProperty("retryMaxDelay", v);
            return this;
        }
        /**
         * Also retry requests that timed out or lost the connection after being sent (may record an activity twice).
         *
         * @param v the value
         * @return the dsl builder
         */
        default AdvancedPardotEndpointBuilder retryOnTimeout(boolean v) {
            doSetProperty("retryOnTimeout", v);
            return this;
        }
        /**
         * Also retry requests that timed out or lost the connection after being sent (may record an activity twice).
         *
         * @param v the value as text, or a property placeholder
         * @return the dsl builder
         */
        default AdvancedPardotEndpointBuilder retryOnTimeout(String v) {
            doSetProperty("retryOnTimeout", v);
            return this;
        }
        /**
         * Start the producer on the first message instead of when the route starts.
         *
         * @param v the value
         * @return the dsl builder
         */
        default AdvancedPardotEndpointBuilder lazyStartProducer(boolean v) {
            doSetProperty("lazyStartProducer", v);
            return this;
        }
        /**
         * Start the producer on the first message instead of when the route starts.
         *
         * @param v the value as text, or a property placeholder
         * @return the dsl builder
         */
        default AdvancedPardotEndpointBuilder lazyStartProducer(String v) {
            doSetProperty("lazyStartProducer", v);
            return this;
        }
    }

    /**
     * A mix-in for route builders: {@code class MyRoutes extends RouteBuilder implements PardotBuilders} then
     * {@code to(pardot("external-activity").extension("X").type("Y"))}.
     */
    interface PardotBuilders {

        /**
         * A {@code pardot:} endpoint.
         *
         * @param resource external-activity, extension or activity-type
         * @return the dsl builder
         */
        default PardotEndpointBuilder pardot(String resource) {
            return endpointBuilder("pardot", resource);
        }

        /**
         * An endpoint of a pardot component registered under another name (for example one per business unit).
         *
         * @param componentName the name the component is registered under
         * @param resource      external-activity, extension or activity-type
         * @return the dsl builder
         */
        default PardotEndpointBuilder pardot(String componentName, String resource) {
            return endpointBuilder(componentName, resource);
        }
    }

    /**
     * A builder for {@code <componentName>:<resource>}.
     *
     * @param componentName usually pardot
     * @param resource      external-activity, extension or activity-type
     * @return the dsl builder
     */
    static PardotEndpointBuilder endpointBuilder(String componentName, String resource) {
        class PardotEndpointBuilderImpl extends PardotEndpointUri implements PardotEndpointBuilder, AdvancedPardotEndpointBuilder {
            PardotEndpointBuilderImpl() {
                super(componentName, resource);
            }
        }
        return new PardotEndpointBuilderImpl();
    }
}
