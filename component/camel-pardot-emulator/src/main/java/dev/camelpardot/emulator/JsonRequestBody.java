package dev.camelpardot.emulator;

import java.util.Map;

import static dev.camelpardot.emulator.AccountEngagementError.badRequest;

/** The JSON object body of an Account Engagement v5 write, checked as v5 does: content type, then emptiness, then JSON. */
final class JsonRequestBody {

    private JsonRequestBody() {
    }

    /** @throws AccountEngagementError 151 (not application/json), 152 (empty), 150 (not a JSON object) */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(EmulatorRequest request) {
        if (!request.mediaType().equals("application/json")) {
            throw badRequest(AccountEngagementError.UNSUPPORTED_CONTENT_TYPE, "Unsupported Content-Type: '"
                    + request.mediaType() + "'. The request body must be sent as application/json.");
        }
        String text = request.bodyText();
        if (text.isBlank()) {
            throw badRequest(AccountEngagementError.EMPTY_BODY, "The request body is empty.");
        }
        Object json;
        try {
            json = Json.parse(text);
        } catch (Json.JsonException e) {
            throw badRequest(AccountEngagementError.INVALID_JSON, "Invalid JSON in the request body: " + e.getMessage());
        }
        if (!(json instanceof Map)) {
            throw badRequest(AccountEngagementError.INVALID_JSON, "Invalid JSON in the request body: an object is expected");
        }
        return (Map<String, Object>) json;
    }
}
