package dev.camelpardot.app.ingress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where an inbox file goes once it was read: {@code done/}, or {@code failed/} with a {@code .reason} file beside
 * it. The name gets a time stamp, so a file sent again never overwrites an earlier one.
 */
public final class ProcessedFiles {

    public static final String DONE = "done";
    public static final String FAILED = "failed";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private ProcessedFiles() {
    }

    /** {@code done/activities-20250310-091500-123.ndjson} for {@code activities.ndjson}, relative to the inbox. */
    public static String target(String folder, String fileName, LocalDateTime at) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        String extension = dot > 0 ? fileName.substring(dot) : "";
        return folder + "/" + base + "-" + at.format(STAMP) + extension;
    }

    /** Writes {@code <target>.reason}; returns its path. */
    public static Path writeReason(Path inbox, String target, String fileName, String reason) {
        Path file = inbox.resolve(target + ".reason");
        String text = fileName + " was not read: " + reason + "\n"
                + "Nothing from it was queued. Fix it and drop it into the inbox again.\n";
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
