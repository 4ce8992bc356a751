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
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Deliver external activities to Salesforce Account Engagement (Pardot), read them back, and set up extensions,
 * activity types and their business-unit assignment as code.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "pardot", title = "Salesforce Account Engagement",
             syntax = "pardot:resource", category = { Category.SAAS, Category.CLOUD },
             headersClass = PardotConstants.class)
public class PardotEndpoint extends ScheduledPollEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    /** Once a minute: Camel's 500 ms would spend 172,800 calls a day of a daily allocation of 25,000 to 100,000. */
    static final long DEFAULT_DELAY = 60_000;

    @UriPath(enums = "external-activity,extension,activity-type",
             description = "What to work on: external-activity (create, read, query; and the consumer), extension"
                           + " (create, get, list, update, ensure, assign, unassign) or activity-type (create, get,"
                           + " list, update, ensure, activate, deactivate).")
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
              description = "extension ensure: assign the extension to the business unit (the endpoint's"
                            + " businessUnitId or the CamelPardotBusinessUnitId header) when the body does not say (a"
                            + " setup body's assign field wins). Not set: not assigned. Like active, it is done only"
                            + " when asked.")
    private Boolean assign;

    @UriParam(label = "common",
              description = "external-activity query and the consumer: the page size (Account Engagement default 200,"
                            + " at most 1000). Not sent with a page token.")
    private Integer limit;

    @UriParam
    private ActivityQueryOptions query = new ActivityQueryOptions();

    // Camel's ScheduledPollEndpoint has the option too; declared again, as camel-mail does, for another default
    @UriParam(label = "consumer,scheduler", defaultValue = "" + DEFAULT_DELAY, javaType = "java.time.Duration",
              description = "Milliseconds (or a duration such as 5m) from the end of one poll to the start of the"
                            + " next. Each poll costs at least one call of the daily allocation, so the default is a"
                            + " minute.")
    private long delay = DEFAULT_DELAY;

    @UriParam(label = "consumer",
              description = "The Camel StateRepository that keeps the consumer's position (the id of the last activity"
                            + " it delivered), e.g. a FileStateRepository or a JdbcOffsetRepository, so that a restart"
                            + " resumes after it. Default: one in memory, so a new start reads from the oldest activity"
                            + " (or the idGreaterThan option).")
    private StateRepository<String, String> offsetRepository;

    @UriParam(label = "consumer,advanced",
              description = "The key of the consumer's position in offsetRepository. Default: built from the business"
                            + " unit and the filters, so consumers with different filters can share one repository and"
                            + " a changed filter starts afresh. Set it to keep a position across a change of filters.")
    private String offsetKey;

    @UriParam(label = "consumer", defaultValue = "0",
              description = "The most activities one poll delivers; 0 (the default) delivers every new one, page after"
                            + " page. The next poll goes on after the last one delivered.")
    private int maxMessagesPerPoll;

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
        super.setDelay(DEFAULT_DELAY);
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
        if (resource != PardotResource.EXTERNAL_ACTIVITY) {
            throw new IllegalArgumentException("pardot:" + resource + " has no consumer: only"
                    + " from(\"pardot:external-activity\") reads; use pardot:" + resource + " in to()");
        }
        ExternalActivityConsumer consumer = new ExternalActivityConsumer(this, processor);
        consumer.setMaxMessagesPerPoll(maxMessagesPerPoll);
        configureConsumer(consumer);
        return consumer;
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

    public Boolean getAssign() {
        return assign;
    }

    public void setAssign(Boolean assign) {
        this.assign = assign;
    }

    public ActivityQueryOptions getQuery() {
        return query;
    }

    public void setQuery(ActivityQueryOptions query) {
        this.query = query;
    }

    @Override
    public long getDelay() {
        return delay;
    }

    @Override
    public void setDelay(long delay) {
        super.setDelay(delay);
        this.delay = delay;
    }

    public StateRepository<String, String> getOffsetRepository() {
        return offsetRepository;
    }

    public void setOffsetRepository(StateRepository<String, String> offsetRepository) {
        this.offsetRepository = offsetRepository;
    }

    public String getOffsetKey() {
        return offsetKey;
    }

    public void setOffsetKey(String offsetKey) {
        this.offsetKey = offsetKey;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
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
