package dev.camelpardot.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /emulator/}: inspection and control over HTTP, for the standalone emulator and for non-Java tests.
 * GET state, activities, config; POST reset, reset-all, config, prospects, setup, business-units, expire-tokens.
 * Errors are {@code {"error":"..."}} with status 400, 404 or 405.
 */
final class AdminEndpoint implements Endpoint {

    private final PardotEmulator emulator;

    AdminEndpoint(PardotEmulator emulator) {
        this.emulator = emulator;
    }

    @Override
    public void handle(EmulatorRequest request, ResponseChannel response) {
        Reply reply;
        try {
            reply = route(request);
        } catch (IllegalArgumentException | Json.JsonException | ClassCastException e) {
            reply = error(400, e.getMessage());
        }
        response.send(reply);
    }

    private Reply route(EmulatorRequest request) {
        String path = request.path().endsWith("/") ? request.path().substring(0, request.path().length() - 1) : request.path();
        String action = path.startsWith("/emulator/") ? path.substring("/emulator/".length()) : "";
        boolean get = request.method().equals("GET");
        boolean post = request.method().equals("POST");
        switch (action) {
            case "state":
                return get ? Reply.json(200, state()) : notAllowed("GET");
            case "activities":
                return get ? Reply.json(200, activities()) : notAllowed("GET");
            case "config":
                if (get) {
                    return Reply.json(200, ConfigSettings.describe(emulator.config()));
                }
                if (post) {
                    ConfigSettings.apply(emulator.config(), object(request));
                    return Reply.json(200, ConfigSettings.describe(emulator.config()));
                }
                return notAllowed("GET, POST");
            case "reset":
                if (!post) {
                    return notAllowed("POST");
                }
                emulator.reset();
                return Reply.noContent();
            case "reset-all":
                if (!post) {
                    return notAllowed("POST");
                }
                emulator.resetAll();
                return Reply.noContent();
            case "expire-tokens":
                if (!post) {
                    return notAllowed("POST");
                }
                emulator.state().expireAccessTokens();
                return Reply.noContent();
            case "prospects":
                return post ? addProspects(request) : notAllowed("POST");
            case "business-units":
                return post ? addBusinessUnit(request) : notAllowed("POST");
            case "setup":
                return post ? setup(request) : notAllowed("POST");
            default:
                return error(404, "unknown admin resource " + request.path() + " (state, activities, config, reset,"
                        + " reset-all, prospects, setup, business-units, expire-tokens)");
        }
    }

    private Map<String, Object> state() {
        EmulatorState state = emulator.state();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("baseUrl", emulator.baseUrl());
        body.put("activityCount", state.activityCount());
        body.put("tokenRequests", ordered("total", state.tokenRequests(), "byGrant", state.tokenRequestsByGrant()));
        body.put("maxInFlight", ordered("overall", state.maxInFlight(), "byBusinessUnit", state.maxInFlightByBusinessUnit()));
        body.put("responses", state.responses());
        body.put("droppedConnections", state.droppedConnections());
        body.put("businessUnits", map(state.businessUnits(), unit -> ordered("id", unit.id(), "name", unit.name())));
        body.put("prospects", new ArrayList<>(state.prospects()));
        body.put("extensions", map(state.extensions(), e -> ordered("id", e.id(), "developerName", e.developerName(),
                "label", e.label(), "description", e.description(), "active", e.active(), "language", e.language())));
        body.put("activityTypes", map(state.activityTypes(), t -> ordered("id", t.id(), "extensionId", t.extensionId(),
                "developerName", t.developerName(), "label", t.label(), "description", t.description(), "active", t.active())));
        body.put("assignments", map(state.assignments(), a -> ordered("id", a.id(), "extensionId", a.extensionId(),
                "businessUnitId", a.businessUnitId())));
        body.put("config", ConfigSettings.describe(emulator.config()));
        return body;
    }

    private List<Object> activities() {
        return map(emulator.state().activities(), a -> ordered("id", Long.parseLong(a.id()), "businessUnitId",
                a.businessUnitId(), "extension", a.extension(), "type", a.type(), "email", a.email(), "value", a.value(),
                "activityDate", ActivityFields.format(a.activityDate()), "createdAt", ActivityFields.format(a.createdAt()),
                "prospectId", a.prospectId(), "extensionSalesforceId", a.extensionSalesforceId(),
                "typeSalesforceId", a.typeSalesforceId()));
    }

    /** Body: {@code ["a@example.com", ...]} or {@code {"emails": [...]}}. */
    private Reply addProspects(EmulatorRequest request) {
        Object json = Json.parse(request.bodyText());
        Object emails = json instanceof Map ? ((Map<?, ?>) json).get("emails") : json;
        if (!(emails instanceof List)) {
            throw new IllegalArgumentException("expected a JSON array of e-mails or {\"emails\": [...]}");
        }
        for (Object email : (List<?>) emails) {
            emulator.state().addProspects((String) email);
        }
        return Reply.json(200, Map.of("prospects", emulator.state().prospects().size()));
    }

    /** Body: {@code {"id": "0Uv...", "name": "..."}}. */
    private Reply addBusinessUnit(EmulatorRequest request) {
        Map<String, Object> body = object(request);
        String id = (String) body.get("id");
        String name = (String) body.getOrDefault("name", id);
        emulator.state().addBusinessUnit(id, name);
        return Reply.json(201, ordered("id", id, "name", name));
    }

    /**
     * Body: {@code {"extension": "Webinar", "types": ["Registered"], "label"?, "active"? (true),
     * "businessUnitId"? (the default)}}: the extension, its types and the assignment in one call.
     */
    private Reply setup(EmulatorRequest request) {
        Map<String, Object> body = object(request);
        String extension = (String) body.get("extension");
        if (extension == null) {
            throw new IllegalArgumentException("extension (its developer name) is required");
        }
        boolean active = !Boolean.FALSE.equals(body.get("active"));
        String label = (String) body.getOrDefault("label", extension);
        String businessUnitId = (String) body.getOrDefault("businessUnitId", EmulatorDefaults.BUSINESS_UNIT_ID);
        List<?> types = body.get("types") instanceof List ? (List<?>) body.get("types") : List.of();
        EmulatorState state = emulator.state();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("extensionId", state.seedExtension(extension, label, active));
        Map<String, Object> typeIds = new LinkedHashMap<>();
        for (Object type : types) {
            typeIds.put((String) type, state.seedActivityType(extension, (String) type, (String) type, active));
        }
        result.put("activityTypeIds", typeIds);
        result.put("assignmentId", state.assign(extension, businessUnitId));
        return Reply.json(200, result);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(EmulatorRequest request) {
        Object json = Json.parse(request.bodyText().isBlank() ? "{}" : request.bodyText());
        if (!(json instanceof Map)) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        return (Map<String, Object>) json;
    }

    private static Map<String, Object> ordered(Object... nameValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            map.put((String) nameValues[i], nameValues[i + 1]);
        }
        return map;
    }

    private static <T> List<Object> map(List<T> items, java.util.function.Function<T, Object> mapper) {
        List<Object> mapped = new ArrayList<>(items.size());
        items.forEach(item -> mapped.add(mapper.apply(item)));
        return mapped;
    }

    private static Reply notAllowed(String allowed) {
        return error(405, "method not allowed; allowed: " + allowed).withHeader("Allow", allowed);
    }

    private static Reply error(int status, String message) {
        return Reply.json(status, Map.of("error", message == null ? "bad request" : message));
    }
}
