package dev.camelpardot.emulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An HTTP response the emulator will send, or the decision to drop the connection without one. */
final class Reply {

    private static final byte[] NO_BODY = new byte[0];

    private final int status;
    private final String contentType;
    private final byte[] body;
    private final Map<String, String> headers;
    private final Integer errorCode;
    private final boolean drop;

    private Reply(int status, String contentType, byte[] body, Map<String, String> headers, Integer errorCode,
            boolean drop) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.headers = headers;
        this.errorCode = errorCode;
        this.drop = drop;
    }

    static Reply json(int status, Object value) {
        return new Reply(status, "application/json;charset=UTF-8", Json.write(value).getBytes(StandardCharsets.UTF_8),
                new LinkedHashMap<>(), null, false);
    }

    /** An Account Engagement error: {@code {"code":N,"message":"..."}}. */
    static Reply accountEngagementError(int status, int code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        Reply reply = json(status, body);
        return new Reply(reply.status, reply.contentType, reply.body, reply.headers, code, false);
    }

    /** A Salesforce REST error: an array of one {@code {"message","errorCode","fields"}}. */
    static Reply salesforceError(int status, String errorCode, String message, List<String> fields) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("errorCode", errorCode);
        error.put("fields", fields);
        return json(status, List.of(error));
    }

    /** An OAuth error: {@code {"error","error_description"}}. */
    static Reply oauthError(int status, String error, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        return json(status, body);
    }

    /** A body already written in some media type, e.g. XML or form-encoded text. */
    static Reply bytes(int status, String contentType, byte[] body) {
        return new Reply(status, contentType, body, new LinkedHashMap<>(), null, false);
    }

    static Reply text(int status, String text) {
        return new Reply(status, "text/plain;charset=UTF-8", text.getBytes(StandardCharsets.UTF_8),
                new LinkedHashMap<>(), null, false);
    }

    /** A status with no body at all, e.g. the 200 of a revocation. */
    static Reply empty(int status) {
        return new Reply(status, null, NO_BODY, new LinkedHashMap<>(), null, false);
    }

    static Reply noContent() {
        return new Reply(204, null, NO_BODY, new LinkedHashMap<>(), null, false);
    }

    static Reply dropConnection() {
        return new Reply(0, null, NO_BODY, Map.of(), null, true);
    }

    Reply withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    int status() {
        return status;
    }

    String contentType() {
        return contentType;
    }

    byte[] body() {
        return body;
    }

    Map<String, String> headers() {
        return headers;
    }

    /** The Account Engagement error code of the body, if this is such an error. */
    Integer errorCode() {
        return errorCode;
    }

    boolean isDrop() {
        return drop;
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
