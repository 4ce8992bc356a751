package dev.camelpardot.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The REST resources of one {@link ApiSurface} at one API version: {@code sobjects/} (describe global),
 * {@code sobjects/{Object}[/describe]}, {@code sobjects/{Object}/{id}} (GET, HEAD, PATCH, DELETE as the object's
 * reference lists them; POST on the object creates) and {@code query/?q=}. HEAD answers as GET without a body
 * wherever GET is allowed, except on a record whose object does not list HEAD.
 */
final class SObjectResources {

    private final ToolingStore store;
    private final ApiSurface surface;
    private final String version;

    SObjectResources(ToolingStore store, ApiSurface surface, String version) {
        this.store = store;
        this.surface = surface;
        this.version = version;
    }

    /** @param segments the path after the surface's base, e.g. ["sobjects", "PardotTenant", "describe"] */
    Reply answer(EmulatorRequest request, List<String> segments) {
        if (segments.isEmpty()) {
            requireGet(request, "GET,HEAD");
            return Reply.json(200, resourceDirectory());
        }
        List<String> rest = segments.subList(1, segments.size());
        switch (segments.get(0)) {
            case "query":
                return query(request, rest);
            case "sobjects":
                return sobjects(request, rest);
            default:
                throw ToolingError.notFound();
        }
    }

    private Map<String, Object> resourceDirectory() {
        Map<String, Object> resources = new LinkedHashMap<>();
        resources.put("sobjects", surface.basePath(version) + "/sobjects");
        resources.put("query", surface.basePath(version) + "/query");
        if (surface == ApiSurface.DATA) {
            resources.put("tooling", ApiSurface.TOOLING.basePath(version));
        }
        return resources;
    }

    private Reply query(EmulatorRequest request, List<String> rest) {
        if (!rest.isEmpty()) {
            throw ToolingError.notFound();
        }
        requireGet(request, "GET,HEAD");
        Soql.Query query = Soql.parse(request.query().get("q"));
        return Reply.json(200, new SObjectQuery(store, surface, version).run(query));
    }

    private Reply sobjects(EmulatorRequest request, List<String> rest) {
        SObjectDescribe describe = new SObjectDescribe(surface, version);
        if (rest.isEmpty()) {
            requireGet(request, "GET,HEAD");
            return Reply.json(200, describe.global());
        }
        ToolingObjectType type = surface.type(rest.get(0)).orElseThrow(ToolingError::notFound);
        if (rest.size() == 1) {
            if (request.method().equals("POST")) {
                return create(request, type);
            }
            requireGet(request, "GET,HEAD,POST");
            return Reply.json(200, describe.basicInformation(type));
        }
        if (rest.size() > 2) {
            throw ToolingError.notFound();
        }
        if (rest.get(1).equals("describe")) {
            requireGet(request, "GET,HEAD");
            return Reply.json(200, describe.full(type));
        }
        return record(request, type, rest.get(1));
    }

    private Reply record(EmulatorRequest request, ToolingObjectType type, String id) {
        List<String> methods = type.restMethods().stream().filter(m -> !m.equals("POST")).toList();
        if (!methods.contains(request.method())) {
            throw methodNotAllowed(request, String.join(",", methods));
        }
        switch (request.method()) {
            case "GET":
            case "HEAD":
                SObjectRecord record = store.get(type, id).orElseThrow(ToolingError::notFound);
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("attributes", new SObjectQuery(store, surface, version).attributes(record));
                body.putAll(record.fields());
                return Reply.json(200, body);
            case "PATCH":
                store.update(type, id, jsonObject(request));
                return Reply.noContent();
            default:
                store.delete(type, id);
                return Reply.noContent();
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

    /** GET, or HEAD, which answers the same without a body. */
    private static void requireGet(EmulatorRequest request, String allowed) {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            throw methodNotAllowed(request, allowed);
        }
    }

    private static ToolingError methodNotAllowed(EmulatorRequest request, String allowed) {
        return new ToolingError(405, "METHOD_NOT_ALLOWED", "HTTP Method '" + request.method()
                + "' not allowed. Allowed are " + allowed, List.of());
    }
}
