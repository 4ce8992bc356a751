package dev.camelpardot.api;

/** Bad input found before any call was made; the message names the field and how to fix it. */
public class PardotValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public PardotValidationException(String field, String message) {
        this(field, message, null);
    }

    public PardotValidationException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** The name of the offending field or option. */
    public String getField() {
        return field;
    }
}
