package dev.camelpardot.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;

/** The app's inbox folder as a sender and an operator see it. */
final class Inbox {

    private Inbox() {
    }

    static Path folder() {
        return Path.of(ConfigProvider.getConfig().getValue("pardot.inbox", String.class));
    }

    static void drop(String name, String content) throws IOException {
        drop(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Written next to the inbox and moved in, as a well-behaved sender would. */
    static void drop(String name, byte[] content) throws IOException {
        Files.createDirectories(folder());
        Path staged = folder().resolveSibling(name + ".part");
        Files.write(staged, content);
        Files.move(staged, folder().resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    static boolean inDone(String name) throws IOException {
        return movedTo("done", name).isPresent();
    }

    static boolean inFailed(String name) throws IOException {
        return movedTo("failed", name).isPresent();
    }

    /** The file as moved to done/ or failed/ (its name gets a time stamp), once it left the inbox. */
    static Optional<Path> movedTo(String folder, String name) throws IOException {
        String prefix = name.substring(0, name.lastIndexOf('.')) + "-";
        String extension = name.substring(name.lastIndexOf('.'));
        Path dir = folder().resolve(folder);
        if (!Files.isDirectory(dir) || Files.exists(folder().resolve(name))) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> matches = files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(extension)).toList();
            return matches.stream().findFirst();
        }
    }

    /** The .reason written beside a file in failed/. */
    static String reason(String name) throws IOException {
        Path failed = movedTo("failed", name).orElseThrow();
        return Files.readString(failed.resolveSibling(failed.getFileName() + ".reason"));
    }
}
