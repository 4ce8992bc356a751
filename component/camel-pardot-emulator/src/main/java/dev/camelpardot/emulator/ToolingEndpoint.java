package dev.camelpardot.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /services/data/vNN.N/tooling/}: {@code sobjects/{Object}[/{id}]} (create, get, PATCH, DELETE where the
 * real API allows it, describe) and {@code query/?q=}. Salesforce-shaped: errors are arrays of
 * {@code {"message","errorCode","fields"}}, a bad or expired token gets 401 INVALID_SESSION_ID before anything
 * else. Any version from 53.0 (when these objects appeared) is accepted. Responses wait the configured latency.
 */
final class ToolingEndpoint implements Endpoint {

    static final int MIN_API_VERSION = 53;
    private static final Pattern PATH = Pattern.compile("^/services/data/v(\\d{2,3})\\.(\\d)/tooling/(sobjects|query)(/.*)?$");

    private final ToolingStore store;
    private final AccessTokens accessTokens;
    private final Faults faults;

    ToolingEndpoint(ToolingStore store, AccessTokens accessTokens, Faults faults) {
        this.store = store;
        this.accessTokens = accessTokens;
        this.faults = faults;
    }

    @Override
    public void handle(EmulatorRequest request, ResponseChannel response) {
        response.send(reply(request), faults.responseDelay());
    }

    private Reply reply(EmulatorRequest request) {
        if (accessTokens.use(request.bearerToken()) != AccessTokens.Check.VALID) {
            return Reply.salesforceError(401, "INVALID_SESSION_ID", "Session expired or invalid", List.of());
        }
        try {
            Matcher path = PATH.matcher(request.path());
            if (!path.matches() || Integer.parseInt(path.group(1)) < MIN_API_VERSION) {
                throw ToolingError.notFound();
            }
            String version = Integer.parseInt(path.group(1)) + "." + path.group(2);
            List<String> segments = segments(path.group(4));
            if (path.group(3).equals("query")) {
                return query(request, version, segments);
            }
            return sobjects(request, version, segments);
        } catch (ToolingError e) {
            return e.toReply();
        } catch (IllegalArgumentException malformedQueryString) {
            return Reply.salesforceError(400, "MALFORMED_QUERY", "Malformed query string: "
                    + malformedQueryString.getMessage(), List.of());
        }
    }

    private Reply query(EmulatorRequest request, String version, List<String> segments) {
        if (!segments.isEmpty()) {
            throw ToolingError.notFound();
        }
        requireMethod(request, "GET", "GET,HEAD");
        Soql.Query query = Soql.parse(request.query().get("q"));
        return Reply.json(200, new ToolingQuery(store, version).run(query));
    }

    private Reply sobjects(EmulatorRequest request, String version, List<String> segments) {
        if (segments.isEmpty()) {
            requireMethod(request, "GET", "GET,HEAD");
            return Reply.json(200, describeGlobal());
        }
        ToolingObjectType type = ToolingObjectType.byApiName(segments.get(0)).orElseThrow(ToolingError::notFound);
        if (segments.size() == 1) {
            if (request.method().equals("POST")) {
                return create(request, type);
            }
            requireMethod(request, "GET", "GET,HEAD,POST");
            return Reply.json(200, Map.of("objectDescribe", describe(type), "recentItems", List.of()));
        }
        if (segments.size() > 2) {
            throw ToolingError.notFound();
        }
        if (segments.get(1).equals("describe")) {
            requireMethod(request, "GET", "GET,HEAD");
            return Reply.json(200, describe(type));
        }
        String id = segments.get(1);
        String allowed = type.deletable() ? "GET,HEAD,PATCH,DELETE" : "GET,HEAD,PATCH";
        switch (request.method()) {
            case "GET":
                SObjectRecord record = store.get(type, id).orElseThrow(ToolingError::notFound);
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("attributes", new ToolingQuery(store, version).attributes(record));
                body.putAll(record.fields());
                return Reply.json(200, body);
            case "PATCH":
                store.update(type, id, jsonObject(request));
                return Reply.noContent();
            case "DELETE":
                if (!type.deletable()) {
                    throw methodNotAllowed(request, allowed);
                }
                store.delete(type, id);
                return Reply.noContent();
            default:
                throw methodNotAllowed(request, allowed);
        }
    }

    private Reply create(EmulatorRequest request, ToolingObjectType type) {
        SObjectRecord created = store.create(type, jsonObject(request));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", created.id());
        body.put("success", true);
        body.put("errors", List.of());
        return Reply.json(201, body);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonObject(EmulatorRequest request) {
        String mediaType = request.mediaType();
        if (!mediaType.isEmpty() && !mediaType.equals("application/json")) {
            throw new ToolingError(415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type header specified in HTTP request is not"
                    + " supported: " + mediaType, List.of());
        }
        String text = request.bodyText();
        if (text.isBlank()) {
            throw ToolingError.badRequest("JSON_PARSER_ERROR", "The request body is empty: a JSON object of fields is expected");
        }
        Object json;
        try {
            json = Json.parse(text);
        } catch (Json.JsonException e) {
            throw ToolingError.badRequest("JSON_PARSER_ERROR", "Unexpected character in the JSON body: " + e.getMessage());
        }
        if (!(json instanceof Map)) {
            throw ToolingError.badRequest("JSON_PARSER_ERROR", "Cannot deserialize the request body: a JSON object of fields is expected");
        }
        return (Map<String, Object>) json;
    }

    private static void requireMethod(EmulatorRequest request, String method, String allowed) {
        if (!request.method().equals(method)) {
            throw methodNotAllowed(request, allowed);
        }
    }

    private static ToolingError methodNotAllowed(EmulatorRequest request, String allowed) {
        return new ToolingError(405, "METHOD_NOT_ALLOWED", "HTTP Method '" + request.method()
                + "' not allowed. Allowed are " + allowed, List.of());
    }

    private static List<String> segments(String rest) {
        List<String> segments = new ArrayList<>();
        if (rest != null) {
            for (String segment : rest.split("/")) {
                if (!segment.isEmpty()) {
                    segments.add(segment);
                }
            }
        }
        return segments;
    }

    private static Map<String, Object> describeGlobal() {
        List<Object> objects = new ArrayList<>();
        for (ToolingObjectType type : ToolingObjectType.values()) {
            objects.add(Map.of("name", type.apiName(), "keyPrefix", type.idPrefix(), "deletable", type.deletable()));
        }
        return Map.of("encoding", "UTF-8", "maxBatchSize", 200, "sobjects", objects);
    }

    private static Map<String, Object> describe(ToolingObjectType type) {
        List<Object> fields = new ArrayList<>();
        for (FieldSpec spec : type.fields()) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", spec.name());
            field.put("type", spec.type().name().toLowerCase(java.util.Locale.ROOT));
            field.put("createable", spec.createable());
            field.put("updateable", spec.updateable());
            field.put("nillable", !spec.required() && spec.type() != FieldType.BOOLEAN);
            if (spec.referenceTo() != null) {
                field.put("referenceTo", List.of(spec.referenceTo()));
                field.put("relationshipName", spec.relationshipName());
            }
            fields.add(field);
        }
        Map<String, Object> describe = new LinkedHashMap<>();
        describe.put("name", type.apiName());
        describe.put("keyPrefix", type.idPrefix());
        describe.put("createable", true);
        describe.put("updateable", true);
        describe.put("deletable", type.deletable());
        describe.put("fields", fields);
        return describe;
    }
}
