package dev.camelpardot.emulator;

import java.util.List;

/** A Tooling request the emulator refuses, as Salesforce would: HTTP status, errorCode, message and fields. */
final class ToolingError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorCode;
    private final List<String> fields;

    ToolingError(int status, String errorCode, String message, List<String> fields) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
        this.fields = List.copyOf(fields);
    }

    static ToolingError badRequest(String errorCode, String message, String... fields) {
        return new ToolingError(400, errorCode, message, List.of(fields));
    }

    static ToolingError notFound() {
        return new ToolingError(404, "NOT_FOUND", "The requested resource does not exist", List.of());
    }

    int status() {
        return status;
    }

    String errorCode() {
        return errorCode;
    }

    List<String> fields() {
        return fields;
    }

    Reply toReply() {
        return Reply.salesforceError(status, errorCode, getMessage(), fields);
    }
}
