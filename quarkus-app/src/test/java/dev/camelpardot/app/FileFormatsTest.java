package dev.camelpardot.app;

import static dev.camelpardot.app.Inbox.drop;
import static dev.camelpardot.app.Inbox.inDone;
import static dev.camelpardot.app.Inbox.inFailed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Files as people make them: spreadsheets' byte-order marks and separators, other encodings, empty and binary files. */
@QuarkusTest
@Order(2)
class FileFormatsTest {

    private static final String BOM = "\uFEFF";

    @Test
    void aByteOrderMarkIsSkippedInCsvNdjsonAndJson() throws Exception {
        AppLog log = AppLog.fromNow();
        drop("bom.csv", BOM + "email,value\r\nada@example.com,bom-csv-1\r\ngrace@example.com,bom-csv-2\r\n");
        drop("bom.ndjson", BOM + App.activity("ada@example.com", "bom-nd-1") + "\n" + App.activity("alan@example.com", "bom-nd-2"));
        drop("bom.json", BOM + "[" + App.activity("ada@example.com", "bom-json-1") + "]");

        await().atMost(Duration.ofSeconds(30)).until(() -> EmulatorAdmin.distinctValuesWithPrefix("bom-") == 5);
        assertThat(App.deadLetters("bom.")).isEmpty();
        log.assertNoStackTrace();
    }

    @Test
    void spreadsheetCsvWithSemicolonsAndUntidyHeaders() throws Exception {
        drop("semicolons.csv", " E-Mail ;Value;TYPE \nignored;x;y\n".replace(" E-Mail ", " Email ")
                + "ada@example.com;\"semi-1; with a semicolon\";Event_Attended\n"
                + "grace@example.com;semi-2;\n");

        await().atMost(Duration.ofSeconds(30)).until(() -> EmulatorAdmin.distinctValuesWithPrefix("semi-") == 2);
        assertThat(EmulatorAdmin.activitiesWithValuePrefix("semi-1").get(0).get("type")).isEqualTo("Event_Attended");
        // "ignored" is not an e-mail address: refused on its own, as written
        assertThat(App.deadLetters("semicolons")).singleElement()
                .satisfies(d -> assertThat(d.get("body")).isEqualTo("ignored;x;y"));
    }

    @Test
    void aCsvWithoutAnEmailColumnIsRefusedNamingTheColumnsFound() throws Exception {
        AppLog log = AppLog.fromNow();
        drop("no-email.csv", "mail,value\nada@example.com,no-email-1\n");

        await().atMost(Duration.ofSeconds(30)).until(() -> inFailed("no-email.csv"));
        assertThat(Inbox.reason("no-email.csv")).contains("no email column").contains("\"mail\", \"value\"");
        assertThat(EmulatorAdmin.activitiesWithValuePrefix("no-email-")).isEmpty();
        assertThat(log.count("no-email.csv: not read")).isEqualTo(1);
        log.assertNoStackTrace();
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWholeAfterOneAttempt() throws Exception {
        AppLog log = AppLog.fromNow();
        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        latin1.writeBytes("email,value\nada@example.com,latin-1\n".getBytes(StandardCharsets.UTF_8));
        latin1.writeBytes("grace@example.com,Caf\u00e9 latin-2\n".getBytes(StandardCharsets.ISO_8859_1));
        drop("latin1.csv", latin1.toByteArray());

        await().atMost(Duration.ofSeconds(30)).until(() -> inFailed("latin1.csv"));
        assertThat(Inbox.reason("latin1.csv")).contains("line 3").contains("not UTF-8");
        // nothing of it was queued, not even the good line before the bad bytes
        assertThat(EmulatorAdmin.activitiesWithValuePrefix("latin-")).isEmpty();
        assertThat(log.count("latin1.csv: not read")).isEqualTo(1);
        log.assertNoStackTrace();
    }

    @Test
    void binaryAndEmptyFilesLeaveTheInboxAndTheNextFileGoesThrough() throws Exception {
        AppLog log = AppLog.fromNow();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', (byte) 0xFF, (byte) 0xFE};
        drop("binary.ndjson", png);
        drop("empty.csv", new byte[0]);
        long start = System.nanoTime();
        drop("after-bad.ndjson", App.activity("ada@example.com", "after-bad-1"));

        await().atMost(Duration.ofSeconds(30)).until(() -> EmulatorAdmin.distinctValuesWithPrefix("after-bad-") == 1);
        System.out.printf("next good file delivered %d ms after a binary and an empty file%n",
                (System.nanoTime() - start) / 1_000_000);
        await().atMost(Duration.ofSeconds(30)).until(() -> inFailed("binary.ndjson") && inDone("empty.csv"));
        assertThat(Inbox.reason("binary.ndjson")).contains("not UTF-8");
        assertThat(log.text()).contains("empty.csv: 0 records queued");
        assertThat(log.count("binary.ndjson: not read")).isEqualTo(1);
        try (var left = Files.list(Inbox.folder())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("binary") || n.contains("empty"));
        }
        log.assertNoStackTrace();
    }

    @Test
    void aFileStillBeingWrittenHoldsUpNoOtherFile() throws Exception {
        Path growing = Inbox.folder().resolve("growing.ndjson");
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger lines = new AtomicInteger();
        Thread writer = new Thread(() -> {
            while (writing.get()) {
                try {
                    Files.writeString(growing, App.activity("ada@example.com", "growing-" + lines.incrementAndGet()) + "\n",
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    Thread.sleep(20);
                } catch (Exception e) {
                    return;
                }
            }
        });
        writer.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> lines.get() > 5);
            drop("beside-growing.ndjson", App.activity("grace@example.com", "beside-growing-1"));
            await().atMost(Duration.ofSeconds(30)).until(() -> EmulatorAdmin.distinctValuesWithPrefix("beside-growing-") == 1);
            assertThat(writing).as("the other file went through while this one was still being written").isTrue();
        } finally {
            writing.set(false);
            writer.join();
        }
        // once it stops changing it is read, every line of it
        await().atMost(Duration.ofSeconds(30)).until(() -> EmulatorAdmin.distinctValuesWithPrefix("growing-") == lines.get());
    }

    @Test
    void aJsonFileThatBreaksIsRefusedWholeNamingTheLine() throws Exception {
        drop("broken.json", """
                [
                  {"email":"ada@example.com","value":"broken-json-1"},
                  {"email":"alan@example.com","value":"broken-json-2"},
                  {"email": oops
                ]
                """);

        await().atMost(Duration.ofSeconds(30)).until(() -> inFailed("broken.json"));
        assertThat(Inbox.reason("broken.json")).contains("line 4").contains("invalid JSON");
        assertThat(EmulatorAdmin.activitiesWithValuePrefix("broken-json-")).isEmpty();
    }
}
