package dev.camelpardot.app.ingress;

/**
 * A file that cannot be read as records at all (not UTF-8, binary, broken JSON, a CSV without the columns a
 * record needs). It is refused whole: nothing from it is queued, and it moves to {@code failed/} with the reason.
 */
public class UnreadableFileException extends RuntimeException {

    public UnreadableFileException(String reason) {
        super(reason);
    }
}
