package dev.camelpardot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The part of the app's log (target/app-test.log) written since a test began. */
final class AppLog {

    private static final Path LOG = Path.of("target/app-test.log");

    private final long start;

    private AppLog(long start) {
        this.start = start;
    }

    static AppLog fromNow() {
        try {
            return new AppLog(Files.exists(LOG) ? Files.size(LOG) : 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text() {
        try {
            byte[] all = Files.readAllBytes(LOG);
            return new String(all, (int) start, all.length - (int) start, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long count(String fragment) {
        String text = text();
        long count = 0;
        for (int i = text.indexOf(fragment); i >= 0; i = text.indexOf(fragment, i + 1)) {
            count++;
        }
        return count;
    }

    void assertNoStackTrace() {
        assertThat(text()).doesNotContainPattern("(?m)^\\s+at [\\w$.<>]+\\(").doesNotContainPattern("(?m)^Caused by: ");
    }
}
