package dev.camelpardot.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the emulator holds and has seen. Seed it before a test (business units, prospects, extensions, activity
 * types, assignments) and inspect it after (activities, token requests, in-flight peaks, responses). All methods
 * are thread-safe; lists and maps returned are snapshots.
 */
public final class EmulatorState {

    private final ToolingStore tooling;
    private final ActivityLog activities;
    private final Prospects prospects;
    private final TrafficStats traffic;
    private final InFlightLimiter inFlight;
    private final DailyLimit dailyLimit;
    private final AccessTokens accessTokens;

    EmulatorState(ToolingStore tooling, ActivityLog activities, Prospects prospects, TrafficStats traffic,
            InFlightLimiter inFlight, DailyLimit dailyLimit, AccessTokens accessTokens) {
        this.tooling = tooling;
        this.activities = activities;
        this.prospects = prospects;
        this.traffic = traffic;
        this.inFlight = inFlight;
        this.dailyLimit = dailyLimit;
        this.accessTokens = accessTokens;
    }

    // ---- seeding -------------------------------------------------------------------------------------------

    /** Adds a business unit (PardotTenant); the id must be 18 characters starting with "0Uv". */
    public EmulatorState addBusinessUnit(String id, String name) {
        if (!BusinessUnitIds.isWellFormed(id)) {
            throw new IllegalArgumentException("a business unit id has 18 letters or digits and starts with 0Uv: " + id);
        }
        Objects.requireNonNull(name, "name");
        seed(() -> tooling.create(ToolingObjectType.PARDOT_TENANT, id, Map.of("MasterLabel", name)));
        return this;
    }

    /** Adds prospects by e-mail (what {@link UnknownEmailPolicy#REJECT} checks against). */
    public EmulatorState addProspects(String... emails) {
        for (String email : emails) {
            prospects.add(Objects.requireNonNull(email, "email"));
        }
        return this;
    }

    /** Creates a MarketingAppExtension under the same rules as the Tooling API; returns its id. */
    public String seedExtension(String developerName, String label, boolean active) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("DeveloperName", developerName);
        fields.put("MasterLabel", label);
        fields.put("IsActive", active);
        return seed(() -> tooling.create(ToolingObjectType.MARKETING_APP_EXTENSION, fields)).id();
    }

    /** Creates a MarketingAppExtActivity of an existing extension; returns its id. */
    public String seedActivityType(String extensionDeveloperName, String developerName, String label, boolean active) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("MarketingAppExtensionId", requireExtension(extensionDeveloperName).id());
        fields.put("DeveloperName", developerName);
        fields.put("MasterLabel", label);
        fields.put("IsActive", active);
        return seed(() -> tooling.create(ToolingObjectType.MARKETING_APP_EXT_ACTIVITY, fields)).id();
    }

    /** Assigns an extension to a business unit (MarketingAppExtAssignment); returns the assignment's id. */
    public String assign(String extensionDeveloperName, String businessUnitId) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("MarketingAppExtensionId", requireExtension(extensionDeveloperName).id());
        fields.put("ParentId", businessUnitId);
        return seed(() -> tooling.create(ToolingObjectType.MARKETING_APP_EXT_ASSIGNMENT, fields)).id();
    }

    /**
     * An active extension (label = developer name) with active activity types, assigned to the default business
     * unit: all a test needs that only submits activities. Returns the extension's id.
     */
    public String seedReadySetup(String extension, String... types) {
        String id = seedExtension(extension, extension, true);
        for (String type : types) {
            seedActivityType(extension, type, type, true);
        }
        assign(extension, EmulatorDefaults.BUSINESS_UNIT_ID);
        return id;
    }

    /** Expires every access token issued so far: the next API call with one gets 401 / error 184. */
    public void expireAccessTokens() {
        accessTokens.expireAll();
    }

    // ---- inspection ----------------------------------------------------------------------------------------

    /** The external activities accepted, in the order they were accepted. */
    public List<RecordedActivity> activities() {
        return activities.all();
    }

    public int activityCount() {
        return activities.count();
    }

    /** Token requests of every grant type, successful or not. */
    public long tokenRequests() {
        return traffic.tokenRequests();
    }

    /** Token requests of one {@code grant_type} value, e.g. "refresh_token" or "client_credentials". */
    public long tokenRequests(String grantType) {
        return traffic.tokenRequests(grantType);
    }

    /** Requests to /services/oauth2/revoke, successful or not. */
    public long revokeRequests() {
        return traffic.revokeRequests();
    }

    public Map<String, Long> tokenRequestsByGrant() {
        return traffic.tokenRequestsByGrant();
    }

    /** The most /api/v5 requests seen at once for one business unit (refused ones included), over all units. */
    public int maxInFlight() {
        return inFlight.maxInFlight();
    }

    public int maxInFlight(String businessUnitId) {
        return inFlight.maxInFlight(businessUnitId);
    }

    /** /api/v5 requests of a business unit in flight right now (their response not yet written). */
    public int inFlight(String businessUnitId) {
        return inFlight.inFlight(businessUnitId);
    }

    public Map<String, Integer> maxInFlightByBusinessUnit() {
        return inFlight.maxInFlightByBusinessUnit();
    }

    /** /api/v5 responses by "status" or "status/code", e.g. "201", "429/66", "401/184". */
    public Map<String, Long> responses() {
        return traffic.responses();
    }

    /** How many /api/v5 responses had this HTTP status and error code. */
    public long responseCount(int status, int code) {
        return traffic.response(TrafficStats.key(status, code));
    }

    /** How many /api/v5 responses had this HTTP status and no error code (e.g. 201). */
    public long responseCount(int status) {
        return traffic.response(TrafficStats.key(status, null));
    }

    /** /api/v5 connections closed without a response by {@link EmulatorConfig#dropConnectionRate}. */
    public long droppedConnections() {
        return traffic.droppedConnections();
    }

    /** /api/v5 calls counted against the daily limit of a business unit. */
    public long dailyUsage(String businessUnitId) {
        return dailyLimit.used(businessUnitId);
    }

    public List<ExtensionRecord> extensions() {
        return tooling.list(ToolingObjectType.MARKETING_APP_EXTENSION).stream().map(ExtensionRecord::of).toList();
    }

    public Optional<ExtensionRecord> extension(String developerName) {
        return tooling.byDeveloperName(ToolingObjectType.MARKETING_APP_EXTENSION, developerName).map(ExtensionRecord::of);
    }

    public List<ActivityTypeRecord> activityTypes() {
        return tooling.list(ToolingObjectType.MARKETING_APP_EXT_ACTIVITY).stream().map(ActivityTypeRecord::of).toList();
    }

    public Optional<ActivityTypeRecord> activityType(String extensionDeveloperName, String developerName) {
        return tooling.byDeveloperName(ToolingObjectType.MARKETING_APP_EXTENSION, extensionDeveloperName)
                .flatMap(extension -> tooling.activityType(extension.id(), developerName))
                .map(ActivityTypeRecord::of);
    }

    public List<AssignmentRecord> assignments() {
        return tooling.list(ToolingObjectType.MARKETING_APP_EXT_ASSIGNMENT).stream().map(AssignmentRecord::of).toList();
    }

    public List<BusinessUnitRecord> businessUnits() {
        return tooling.list(ToolingObjectType.PARDOT_TENANT).stream().map(BusinessUnitRecord::of).toList();
    }

    /** The e-mail addresses of the known prospects (seeded or upserted), lower case. */
    public Set<String> prospects() {
        return prospects.all();
    }

    /** A known prospect by e-mail, ignoring case: seeded, or created or updated by upsertLatestByEmail. */
    public Optional<ProspectRecord> prospect(String email) {
        return prospects.find(Objects.requireNonNull(email, "email"));
    }

    /** Back to the default seed: forgets data and recorded traffic; issued tokens stay valid. */
    void clear() {
        tooling.clear();
        activities.clear();
        prospects.clear();
        traffic.clear();
        inFlight.clearPeaks();
        dailyLimit.clear();
    }

    private SObjectRecord requireExtension(String developerName) {
        return tooling.byDeveloperName(ToolingObjectType.MARKETING_APP_EXTENSION, developerName)
                .orElseThrow(() -> new IllegalArgumentException("no extension has the developer name " + developerName));
    }

    private static SObjectRecord seed(java.util.function.Supplier<SObjectRecord> action) {
        try {
            return action.get();
        } catch (ToolingError e) {
            throw new IllegalArgumentException(e.errorCode() + ": " + e.getMessage(), e);
        }
    }
}
