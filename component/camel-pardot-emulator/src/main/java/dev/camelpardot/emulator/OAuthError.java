package dev.camelpardot.emulator;

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
        Reply reply = Reply.oauthError(status, error, getMessage());
        if (status == 401) {
            reply.withHeader("WWW-Authenticate", "Basic realm=\"salesforce\"");
        }
        return reply;
    }
}
