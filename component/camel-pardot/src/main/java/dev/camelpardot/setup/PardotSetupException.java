package dev.camelpardot.setup;

/**
 * The org is not in a state the setup operation can work from, e.g. an activity type is asked for under an
 * extension that does not exist, or the business unit id names no business unit. The message says what to do.
 */
public class PardotSetupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PardotSetupException(String message) {
        super(message);
    }
}
