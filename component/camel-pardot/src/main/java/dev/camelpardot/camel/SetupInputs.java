package dev.camelpardot.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.camelpardot.api.PardotValidationException;
import dev.camelpardot.convert.ModelConverters;
import dev.camelpardot.model.ActivityType;
import dev.camelpardot.model.ActivityTypeSetup;
import dev.camelpardot.model.Extension;
import dev.camelpardot.model.ExtensionSetup;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * What an extension or activity-type operation works on, gathered from the body, the headers and the endpoint
 * options. Precedence, as for external activities: body field, then header (CamelPardotDeveloperName,
 * CamelPardotExtension, CamelPardotRecordId), then endpoint option (developerName, label, description, active,
 * extension).
 */
final class SetupInputs {

    private static final String ACCEPTED = "the model object, a Map, JSON text, or no body (options and headers only)";

    private final PardotEndpoint endpoint;

    SetupInputs(PardotEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** The extension described by the body (Extension, Map or JSON object; optional) filled from headers and options. */
    Extension extension(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        Extension fromBody;
        if (body instanceof Extension extension) {
            fromBody = extension;
        } else {
            Map<?, ?> map = bodyMap(exchange, "an Extension");
            fromBody = map == null ? new Extension(null, null, null, null, null)
                    : Bodies.convert(exchange, map, Extension.class, "an Extension", ACCEPTED);
        }
        return fill(exchange.getMessage(), fromBody);
    }

    /** The extension named by the header and options alone (operations that take no body). */
    Extension extensionFromHeaders(Exchange exchange) {
        return fill(exchange.getMessage(), new Extension(null, null, null, null, null));
    }

    private Extension fill(Message message, Extension fromBody) {
        return new Extension(
                first(fromBody.id(), header(message, PardotConstants.RECORD_ID)),
                first(fromBody.developerName(), header(message, PardotConstants.DEVELOPER_NAME), endpoint.getDeveloperName()),
                first(fromBody.label(), endpoint.getLabel()),
                first(fromBody.description(), endpoint.getDescription()),
                fromBody.active() != null ? fromBody.active() : endpoint.getActive());
    }

    /**
     * The one-step setup in the body (ExtensionSetup, or a Map / JSON object), its developerName, label and
     * description filled from headers and options; null when the body is not a setup (absent, or an Extension).
     * <p>
     * Activation and assignment happen only when asked, by the body or else by the endpoint's {@code active} and
     * {@code assign} options: a Map or JSON body that has no {@code active} (for the extension, or for a type) takes
     * the option {@code active}, and one without {@code assign} the option {@code assign}; a key present in the body
     * wins, even as null ("not managed"). An ExtensionSetup says its assign itself (a boolean), and takes the option
     * {@code active} where its active is null.
     */
    ExtensionSetup setup(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        ExtensionSetup setup;
        Map<?, ?> map = null;
        if (body == null || body instanceof Extension) {
            return null;
        } else if (body instanceof ExtensionSetup given) {
            setup = given;
        } else {
            map = bodyMap(exchange, "an ExtensionSetup");
            if (map == null) {
                return null;
            }
            setup = Bodies.convert(exchange, map, ExtensionSetup.class, "an ExtensionSetup", ACCEPTED);
        }
        Message message = exchange.getMessage();
        Boolean option = endpoint.getActive();
        Boolean active = map != null ? (map.containsKey("active") ? setup.active() : option)
                : (setup.active() != null ? setup.active() : option);
        boolean assign = map != null && !map.containsKey("assign") ? Boolean.TRUE.equals(endpoint.getAssign())
                : setup.assign();
        return new ExtensionSetup(
                first(setup.developerName(), header(message, PardotConstants.DEVELOPER_NAME), endpoint.getDeveloperName()),
                first(setup.label(), endpoint.getLabel()),
                first(setup.description(), endpoint.getDescription()),
                active, types(setup, map, option), assign);
    }

    /** The setup's types, each without an active of its own taking the option's. */
    private static List<ActivityTypeSetup> types(ExtensionSetup setup, Map<?, ?> map, Boolean option) {
        List<?> typeMaps = map != null && map.get("activityTypes") instanceof List<?> list ? list : null;
        List<ActivityTypeSetup> types = new ArrayList<>();
        for (int i = 0; i < setup.activityTypes().size(); i++) {
            ActivityTypeSetup type = setup.activityTypes().get(i);
            boolean said = typeMaps != null ? ((Map<?, ?>) typeMaps.get(i)).containsKey("active") : type.active() != null;
            types.add(said ? type : new ActivityTypeSetup(type.developerName(), type.label(), type.description(), option));
        }
        return types;
    }

    /** Whether the endpoint asks for the assignment when the body is no setup (options only, or an Extension). */
    boolean assignWithoutSetup() {
        return Boolean.TRUE.equals(endpoint.getAssign());
    }

    /** The activity type described by the body (ActivityType, Map or JSON object; optional), filled from headers and options. */
    ActivityType activityType(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        ActivityType fromBody;
        if (body instanceof ActivityType type) {
            fromBody = type;
        } else {
            Map<?, ?> map = bodyMap(exchange, "an ActivityType");
            fromBody = map == null ? new ActivityType(null, null, null, null, null, null)
                    : Bodies.convert(exchange, map, ActivityType.class, "an ActivityType", ACCEPTED);
        }
        return fillType(exchange.getMessage(), fromBody);
    }

    ActivityType activityTypeFromHeaders(Exchange exchange) {
        return fillType(exchange.getMessage(), new ActivityType(null, null, null, null, null, null));
    }

    private ActivityType fillType(Message message, ActivityType fromBody) {
        return new ActivityType(
                first(fromBody.id(), header(message, PardotConstants.RECORD_ID)),
                fromBody.extensionId(),
                first(fromBody.developerName(), header(message, PardotConstants.DEVELOPER_NAME), endpoint.getDeveloperName()),
                first(fromBody.label(), endpoint.getLabel()),
                first(fromBody.description(), endpoint.getDescription()),
                fromBody.active() != null ? fromBody.active() : endpoint.getActive());
    }

    /**
     * The DeveloperName of the extension an activity type belongs to: the body's {@code extension} field (Map or
     * JSON bodies), the CamelPardotExtension header, or the option extension.
     */
    String extensionName(Exchange exchange, boolean readBody) {
        String fromBody = null;
        if (readBody) {
            Object body = exchange.getMessage().getBody();
            if (body instanceof Map<?, ?> || Bodies.isText(body)) {
                Map<?, ?> map = bodyMap(exchange, "an ActivityType");
                Object value = map == null ? null : map.get("extension");
                fromBody = value == null ? null : value.toString();
            }
        }
        String name = first(fromBody, header(exchange.getMessage(), PardotConstants.EXTENSION),
                endpoint.getConfiguration().getExtension());
        if (name == null) {
            throw new PardotValidationException("extension", "the extension is not named: set the endpoint option"
                    + " extension or the header " + PardotConstants.EXTENSION + " to its DeveloperName");
        }
        return name;
    }

    private static Map<?, ?> bodyMap(Exchange exchange, String what) {
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            return null;
        }
        if (body instanceof Map<?, ?> map) {
            return map;
        }
        if (Bodies.isText(body)) {
            Object parsed = ModelConverters.parseJson(Bodies.text(exchange, body));
            if (parsed != null && !(parsed instanceof Map<?, ?>)) {
                throw new PardotValidationException("body", "the body is a JSON array but this operation takes one JSON"
                        + " object");
            }
            Map<?, ?> map = (Map<?, ?>) parsed;
            // stream bodies are read once: keep the parsed map for later readers of the same exchange
            exchange.getMessage().setBody(map);
            return map;
        }
        throw new PardotValidationException("body", "a body of type " + body.getClass().getName() + " cannot be read"
                + " as " + what + ": send " + what + ", a Map, JSON text, or no body (options and headers only)");
    }

    private static String header(Message message, String name) {
        return message.getHeader(name, String.class);
    }

    static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }
}
