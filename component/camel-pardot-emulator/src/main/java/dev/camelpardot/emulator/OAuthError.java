package dev.camelpardot.emulator;

import java.util.LinkedHashMap;
import java.util.Map;

/** A token request the emulator refuses: {@code {"error","error_description"}} with an HTTP status. */
final class OAuthError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;

    OAuthError(int status, String error, String description) {
        super(description);
        this.status = status;
        this.error = error;
    }

    static OAuthError invalidGrant(String description) {
        return new OAuthError(400, "invalid_grant", description);
    }

    String error() {
        return error;
    }

    Reply toReply() {
        return toReply(ResponseFormat.JSON);
    }

    /** In the format the request asked for, like the token response it replaces. */
    Reply toReply(ResponseFormat format) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", getMessage());
        Reply reply = format.reply(status, "OAuth", body);
        if (status == 401) {
            reply.withHeader("WWW-Authenticate", "Basic realm=\"salesforce\"");
        }
        return reply;
    }
}
