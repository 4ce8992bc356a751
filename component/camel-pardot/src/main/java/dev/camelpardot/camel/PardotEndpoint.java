package dev.camelpardot.camel;

import java.util.Map;

import dev.camelpardot.api.PardotApi;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Deliver external activities to Salesforce Account Engagement (Pardot) and set up extensions, activity types and
 * their business-unit assignment as code.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "pardot", title = "Salesforce Account Engagement",
             syntax = "pardot:resource", producerOnly = true, category = { Category.SAAS, Category.CLOUD },
             headersClass = PardotConstants.class)
public class PardotEndpoint extends DefaultEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    @UriPath(enums = "external-activity,extension,activity-type",
             description = "What to work on: external-activity (create, read, query), extension (create, get, list,"
                           + " update, ensure, assign, unassign) or activity-type (create, get, list, update, ensure,"
                           + " activate, deactivate).")
    @Metadata(required = true)
    private PardotResource resource;

    @UriParam
    private PardotConfiguration configuration;

    @UriParam(label = "producer",
              enums = "create,read,query,get,list,update,ensure,assign,unassign,activate,deactivate",
              description = "The operation. external-activity: create (default), read, query. extension: create, get,"
                            + " list, update, ensure, assign, unassign. activity-type: create, get, list, update,"
                            + " ensure, activate, deactivate. extension and activity-type have no default.")
    private PardotOperation operation;

    @UriParam(label = "producer",
              description = "The DeveloperName of the extension (pardot:extension) or activity type"
                            + " (pardot:activity-type) to work on. The header CamelPardotDeveloperName and a body"
                            + " field override it.")
    private String developerName;

    @UriParam(label = "producer",
              description = "The label (MasterLabel) for create, update and ensure. Default on create: the"
                            + " developer name.")
    private String label;

    @UriParam(label = "producer", description = "The description for create, update and ensure.")
    private String description;

    // Three-state: null means "not sent". Camel's tooling (BaseOptionModel.resolveDefaultValue) writes
    // "defaultValue": false into the catalog JSON for every Boolean option that has no default, and no annotation
    // attribute avoids it; the description says the truth and docs/reference.md shows such options as not set.
    @UriParam(label = "producer",
              description = "The active flag (Active in Automations) for create, update and ensure. Not set by"
                            + " default: the flag is then not sent, so a new record is inactive (Salesforce's"
                            + " default) and an existing one keeps its flag.")
    private Boolean active;

    @UriParam(label = "producer",
              description = "external-activity query: the page size (Account Engagement default 200, at most 1000)."
                            + " Not sent with a page token.")
    private Integer limit;

    @UriParam(label = "producer", defaultValue = "false",
              description = "external-activity query: return a lazy Iterator over every page instead of one page,"
                            + " for a splitter. The first page is fetched before the exchange continues; each later"
                            + " page is fetched when the iterator reaches it, on the thread calling next().")
    private boolean streamResults;

    private volatile PardotConnection connection;
    private volatile PardotApi api;

    public PardotEndpoint(String uri, PardotComponent component, PardotResource resource,
                          PardotConfiguration configuration) {
        super(uri, component);
        this.resource = resource;
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() throws Exception {
        return switch (resource) {
            case EXTERNAL_ACTIVITY -> new ExternalActivityProducer(this);
            case EXTENSION -> new ExtensionProducer(this);
            case ACTIVITY_TYPE -> new ActivityTypeProducer(this);
        };
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        throw new UnsupportedOperationException("pardot: endpoints are producer-only (use them in to(), not from())");
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        OptionRules.check("The pardot endpoint " + getEndpointBaseUri(), OptionRules.problems(this));
        connection = getComponent().connection(configuration.connectionSettings());
        api = connection.api().withRetryPolicy(configuration.retryPolicy());
    }

    @Override
    protected void doStop() throws Exception {
        // the connection belongs to the component, which closes it
        connection = null;
        api = null;
        super.doStop();
    }

    @Override
    public PardotComponent getComponent() {
        return (PardotComponent) super.getComponent();
    }

    /** The connection, once the endpoint is started. */
    public PardotConnection getConnection() {
        PardotConnection current = connection;
        if (current == null) {
            throw new IllegalStateException("the pardot endpoint " + getEndpointBaseUri() + " is not started");
        }
        return current;
    }

    /** The connection's API client with this endpoint's retry options. */
    PardotApi api() {
        PardotApi current = api;
        if (current == null) {
            throw new IllegalStateException("the pardot endpoint " + getEndpointBaseUri() + " is not started");
        }
        return current;
    }

    /** The operation to run (the option, or the resource's default). */
    public PardotOperation resolvedOperation() {
        return resource.resolveOperation(operation);
    }

    @Override
    public String getServiceUrl() {
        try {
            return configuration.connectionSettings().resolvedPardotUrl().toString();
        } catch (IllegalArgumentException e) {
            return null; // reported when the endpoint starts
        }
    }

    @Override
    public String getServiceProtocol() {
        return "https";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return configuration.getBusinessUnitId() == null ? null : Map.of("businessUnitId", configuration.getBusinessUnitId());
    }

    // ---- options

    public PardotResource getResource() {
        return resource;
    }

    public void setResource(PardotResource resource) {
        this.resource = resource;
    }

    public PardotConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(PardotConfiguration configuration) {
        this.configuration = configuration;
    }

    public PardotOperation getOperation() {
        return operation;
    }

    public void setOperation(PardotOperation operation) {
        this.operation = operation;
    }

    public String getDeveloperName() {
        return developerName;
    }

    public void setDeveloperName(String developerName) {
        this.developerName = developerName;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public Integer getLimit() {
        return limit;
    }

    public void setLimit(Integer limit) {
        this.limit = limit;
    }

    public boolean isStreamResults() {
        return streamResults;
    }

    public void setStreamResults(boolean streamResults) {
        this.streamResults = streamResults;
    }
}
