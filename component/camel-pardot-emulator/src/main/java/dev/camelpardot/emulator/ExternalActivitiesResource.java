package dev.camelpardot.emulator;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.camelpardot.emulator.AccountEngagementError.badRequest;

/**
 * {@code /api/v5/external-activities}: create (POST), read ({@code GET /{id}}) and query (GET), each seeing only
 * the business unit of the request. A query selects with {@link ActivityQuery} and pages with
 * {@link PageTokens}; a follow-up request may carry nothing but {@code fields} next to its {@code nextPageToken}.
 */
final class ExternalActivitiesResource implements AccountEngagementResource {

    static final String PATH = "/api/v5/external-activities";
    private static final Set<String> READ_PARAMETERS = Set.of("fields", "deleted");

    private final String baseUrl;
    private final ActivityLog activities;
    private final Prospects prospects;
    private final ExternalActivityRules rules;

    ExternalActivitiesResource(EmulatorConfig config, String baseUrl, ToolingStore tooling, ActivityLog activities,
            Prospects prospects) {
        this.baseUrl = baseUrl;
        this.activities = activities;
        this.prospects = prospects;
        this.rules = new ExternalActivityRules(config, tooling, prospects);
    }

    @Override
    public boolean serves(String path) {
        return path.equals(PATH) || path.startsWith(PATH + "/");
    }

    @Override
    public List<String> methods(String path) {
        return id(path) == null ? List.of("GET", "POST") : List.of("GET");
    }

    @Override
    public Reply handle(EmulatorRequest request, String businessUnitId) {
        if (request.method().equals("POST")) {
            return create(request, businessUnitId);
        }
        String id = id(request.path());
        return id == null ? query(request, businessUnitId) : read(request, businessUnitId, id);
    }

    /** The id of {@code /external-activities/{id}[/]}, or null for the collection. */
    private static String id(String path) {
        String rest = path.length() > PATH.length() + 1 ? path.substring(PATH.length() + 1) : "";
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        return rest.isEmpty() ? null : rest;
    }

    private Reply create(EmulatorRequest request, String businessUnitId) {
        ExternalActivityRules.Accepted accepted = rules.check(JsonRequestBody.object(request), businessUnitId);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        RecordedActivity activity = activities.record(new ActivityLog.NewActivity(businessUnitId, accepted.extension(),
                accepted.type(), accepted.email(), accepted.value(), accepted.activityDate(), now,
                prospects.idFor(accepted.email()), accepted.extensionId(), accepted.typeId()));
        return Reply.json(201, ActivityFields.render(activity, ActivityFields.CREATED))
                .withHeader("Location", baseUrl + PATH + "/" + activity.id());
    }

    private Reply read(EmulatorRequest request, String businessUnitId, String id) {
        rejectUnknown(request.query(), READ_PARAMETERS, "an external-activity read (fields, deleted)");
        List<String> fields = ActivityFields.parse(request.query().get("fields"));
        RecordedActivity activity = activities.find(businessUnitId, id).orElseThrow(() -> new AccountEngagementError(404,
                AccountEngagementError.OBJECT_NOT_FOUND, "Invalid ID: no external activity " + id + " in this business unit"));
        return Reply.json(200, ActivityFields.render(activity, fields));
    }

    private Reply query(EmulatorRequest request, String businessUnitId) {
        Map<String, String> params = request.query();
        String fieldsParam = params.get("fields");
        List<String> fields = ActivityFields.parse(fieldsParam);
        Map<String, String> selection = new LinkedHashMap<>(params);
        selection.remove("fields");
        String token = selection.remove("nextPageToken");
        ActivityQuery query;
        RecordedActivity after = null;
        Instant now = Instant.now();
        if (token != null && !token.isEmpty()) {
            if (!selection.isEmpty()) {
                throw badRequest(AccountEngagementError.INVALID_QUERY_PARAMETERS, "Invalid query parameters: only fields"
                        + " may be sent with nextPageToken (the token carries the query's filters, orderBy and limit),"
                        + " but " + String.join(", ", selection.keySet()) + " was sent too");
            }
            PageTokens.Page page = PageTokens.decode(token, businessUnitId, now);
            query = ActivityQuery.parse(page.parameters());
            after = activities.find(businessUnitId, page.afterId()).orElseThrow(() -> badRequest(
                    AccountEngagementError.INVALID_PAGE_TOKEN, "Page token is invalid: its records are gone (emulator reset)"));
        } else {
            query = ActivityQuery.parse(selection);
        }
        List<RecordedActivity> matching = new ArrayList<>();
        for (RecordedActivity activity : activities.of(businessUnitId)) {
            if (query.matches(activity)) {
                matching.add(activity);
            }
        }
        Comparator<RecordedActivity> order = query.comparator();
        matching.sort(order);
        int start = after == null ? Math.min(query.offset(), matching.size()) : firstAfter(matching, after, order);
        List<RecordedActivity> page = matching.subList(start, Math.min(matching.size(), start + query.limit()));
        List<Object> values = new ArrayList<>(page.size());
        page.forEach(activity -> values.add(ActivityFields.render(activity, fields)));
        String nextToken = start + page.size() < matching.size() ? PageTokens.encode(new PageTokens.Page(businessUnitId,
                query.parameters(), page.get(page.size() - 1).id(), now)) : null;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("values", values);
        body.put("nextPageToken", nextToken);
        body.put("nextPageUrl", nextToken == null ? null : baseUrl + PATH + "?fields=" + UrlEncoded.encode(fieldsParam)
                + "&nextPageToken=" + nextToken);
        return Reply.json(200, body);
    }

    /** The position of the first record the order puts after {@code after}. */
    private static int firstAfter(List<RecordedActivity> sorted, RecordedActivity after, Comparator<RecordedActivity> order) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (order.compare(sorted.get(middle), after) <= 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static void rejectUnknown(Map<String, String> params, Set<String> known, String what) {
        for (String name : params.keySet()) {
            if (!known.contains(name)) {
                throw badRequest(AccountEngagementError.INVALID_QUERY_PARAMETERS, "Invalid query parameters: '" + name
                        + "' is not a parameter of " + what);
            }
        }
    }
}
