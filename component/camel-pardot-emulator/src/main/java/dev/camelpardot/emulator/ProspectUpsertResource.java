package dev.camelpardot.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.camelpardot.emulator.AccountEngagementError.INVALID_PROPERTY;
import static dev.camelpardot.emulator.AccountEngagementError.INVALID_PROSPECT_EMAIL;
import static dev.camelpardot.emulator.AccountEngagementError.MISSING_PROPERTY;
import static dev.camelpardot.emulator.AccountEngagementError.badRequest;

/**
 * {@code POST /api/v5/objects/prospects/do/upsertLatestByEmail}: updates the most recently updated prospect with
 * {@code matchEmail}, or creates one, with the fields of {@code prospect}. Body:
 * {@code {"matchEmail": "...", "prospect": {"email": "...", "firstName": "...", ...}, "fields": ["id", "email"],
 * "secondaryDeletedSearch": true}}; {@code fields} may also be the query parameter. Afterwards the address is a
 * known prospect, so {@link UnknownEmailPolicy#REJECT} accepts its activities. Answers 201 when it created the
 * prospect, 200 when it updated one, with the requested fields (id and email when none are requested).
 */
final class ProspectUpsertResource implements AccountEngagementResource {

    static final String PATH = "/api/v5/objects/prospects/do/upsertLatestByEmail";
    private static final Set<String> PROPERTIES = Set.of("matchEmail", "prospect", "fields", "secondaryDeletedSearch");
    private static final Set<String> READ_ONLY = Set.of("id", "createdAt", "updatedAt");
    private static final List<String> DEFAULT_FIELDS = List.of("id", "email");

    private final Prospects prospects;

    ProspectUpsertResource(Prospects prospects) {
        this.prospects = prospects;
    }

    @Override
    public boolean serves(String path) {
        return path.equals(PATH) || path.equals(PATH + "/");
    }

    @Override
    public List<String> methods(String path) {
        return List.of("POST");
    }

    @Override
    public Reply handle(EmulatorRequest request, String businessUnitId) {
        Map<String, Object> body = JsonRequestBody.object(request);
        for (String property : body.keySet()) {
            if (!PROPERTIES.contains(property)) {
                throw badRequest(INVALID_PROPERTY, "Invalid property: '" + property + "' is not a property of"
                        + " upsertLatestByEmail (matchEmail, prospect, fields, secondaryDeletedSearch)");
            }
        }
        String matchEmail = email(body.get("matchEmail"), "matchEmail", true);
        Map<String, Object> prospect = prospect(body.get("prospect"));
        Object secondaryDeletedSearch = body.get("secondaryDeletedSearch");
        if (secondaryDeletedSearch != null && !(secondaryDeletedSearch instanceof Boolean)) {
            throw badRequest(INVALID_PROPERTY, "Invalid value for property secondaryDeletedSearch: true or false is expected");
        }
        List<String> fields = fields(body.get("fields"), request.query().get("fields"));
        String email = email(prospect.get("email"), "prospect.email", false);
        Map<String, Object> others = new LinkedHashMap<>(prospect);
        others.remove("email");
        Prospects.Upsert upsert = prospects.upsert(matchEmail, email, others);
        return Reply.json(upsert.created() ? 201 : 200, render(upsert.prospect(), fields));
    }

    private static String email(Object value, String property, boolean required) {
        if (value == null || (value instanceof String && ((String) value).isBlank())) {
            if (required) {
                throw badRequest(MISSING_PROPERTY, "Missing required property: " + property);
            }
            return null;
        }
        if (!(value instanceof String)) {
            throw badRequest(INVALID_PROPERTY, "Invalid value for property " + property + ": a string is expected");
        }
        String email = ((String) value).trim();
        if (!EmailAddresses.isValid(email)) {
            throw badRequest(INVALID_PROSPECT_EMAIL, "Invalid prospect email address");
        }
        return email;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> prospect(Object value) {
        if (value == null) {
            throw badRequest(MISSING_PROPERTY, "Missing required property: prospect");
        }
        if (!(value instanceof Map)) {
            throw badRequest(INVALID_PROPERTY, "Invalid value for property prospect: an object of prospect fields is expected");
        }
        Map<String, Object> prospect = (Map<String, Object>) value;
        prospect.forEach((name, field) -> {
            if (READ_ONLY.contains(name)) {
                throw badRequest(INVALID_PROPERTY, "Invalid property: prospect." + name + " is read-only");
            }
            if (field instanceof Map || field instanceof List) {
                throw badRequest(INVALID_PROPERTY, "Invalid value for property prospect." + name
                        + ": a string, number, boolean or null is expected");
            }
        });
        return prospect;
    }

    /** From the body ({@code ["id","email"]} or {@code "id,email"}), else the query parameter, else id and email. */
    private static List<String> fields(Object inBody, String inQuery) {
        Object given = inBody != null ? inBody : inQuery;
        if (given == null) {
            return DEFAULT_FIELDS;
        }
        List<String> fields = new ArrayList<>();
        if (given instanceof String) {
            for (String name : ((String) given).split(",")) {
                if (!name.isBlank()) {
                    fields.add(name.trim());
                }
            }
        } else if (given instanceof List) {
            for (Object name : (List<?>) given) {
                if (!(name instanceof String)) {
                    throw badRequest(INVALID_PROPERTY, "Invalid value for property fields: field names are strings");
                }
                fields.add(((String) name).trim());
            }
        } else {
            throw badRequest(INVALID_PROPERTY, "Invalid value for property fields: a list of field names is expected");
        }
        return fields.isEmpty() ? DEFAULT_FIELDS : fields;
    }

    /** Fields the emulator has no value for come back null: a real prospect has many more fields than it models. */
    private static Map<String, Object> render(ProspectRecord prospect, List<String> fields) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (String field : fields) {
            switch (field) {
                case "id" -> json.put(field, prospect.id());
                case "email" -> json.put(field, prospect.email());
                case "createdAt" -> json.put(field, ActivityFields.format(prospect.createdAt()));
                case "updatedAt" -> json.put(field, ActivityFields.format(prospect.updatedAt()));
                default -> json.put(field, prospect.fields().get(field));
            }
        }
        return json;
    }
}
