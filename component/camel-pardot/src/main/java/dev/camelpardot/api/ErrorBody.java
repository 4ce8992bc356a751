package dev.camelpardot.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an error response says, whichever API sent it: Account Engagement v5 {@code {"code":184,"message":...}},
 * Salesforce REST/Tooling {@code [{"message":...,"errorCode":"INVALID_SESSION_ID"}]}, or OAuth
 * {@code {"error":"invalid_grant","error_description":...}}. Any other body becomes its (shortened) text.
 *
 * @param code                the Account Engagement error code, or null
 * @param salesforceErrorCode the Tooling {@code errorCode} or OAuth {@code error}, or null
 * @param message             the server's message, or null when the body is empty
 */
record ErrorBody(Integer code, String salesforceErrorCode, String message) {

    private static final int MAX_TEXT = 300;

    static ErrorBody parse(String body) {
        JsonNode json = Json.parseOrNull(body);
        if (json == null) {
            return new ErrorBody(null, null, shorten(body));
        }
        JsonNode first = json.isArray() && !json.isEmpty() ? json.get(0) : json;
        if (!first.isObject()) {
            return new ErrorBody(null, null, shorten(body));
        }
        Integer code = null;
        JsonNode codeNode = first.get("code");
        if (codeNode != null && codeNode.isIntegralNumber() && codeNode.canConvertToInt()) {
            code = codeNode.asInt();
        } else if (codeNode != null && codeNode.isTextual() && codeNode.asText().matches("\\d{1,9}")) {
            code = Integer.parseInt(codeNode.asText());
        }
        String sfCode = Json.text(first, "errorCode");
        String message = Json.text(first, "message");
        if (sfCode == null && first.has("error")) {
            sfCode = Json.text(first, "error");
            message = Json.text(first, "error_description");
        }
        if (code == null && sfCode == null && message == null) {
            message = shorten(body);
        }
        return new ErrorBody(code, sfCode, message);
    }

    boolean hasCode(int expected) {
        return code != null && code == expected;
    }

    private static String shorten(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        String text = body.strip().replaceAll("\\s+", " ");
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "...";
    }
}
