package dev.camelpardot.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker itself: it finds what a page gets wrong. */
class SnippetCheckerTest {

    @TempDir
    Path root;

    @BeforeEach
    void source() throws Exception {
        Files.createDirectories(root.resolve("m/src/main/java"));
        Files.writeString(root.resolve("m/src/main/java/R.java"), """
                class R {
                    void configure() {
                        // tag::route[]
                        from("direct:a")
                            .to("pardot:external-activity");
                        // end::route[]
                        // tag::two[]
                        int one = 1;
                        // end::two[]
                        // tag::two[]
                        int two = 2;
                        // end::two[]
                    }
                }
                """);
    }

    @Test
    void aBlockThatMatchesItsRegionPasses() throws Exception {
        page("""
                Intro.

                <!-- snippet: m/src/main/java/R.java#route -->
                ```java
                from("direct:a")
                    .to("pardot:external-activity");
                ```

                - in a list:

                  <!-- snippet: m/src/main/java/R.java#two -->
                  ```java
                  int one = 1;

                  int two = 2;
                  ```

                <!-- unchecked: a shell session -->
                ```bash
                ./mvnw verify
                ```
                """);
        assertThat(new SnippetChecker(root).problems("page.md")).isEmpty();
    }

    @Test
    void aBlockThatDiffersFromItsRegionFailsNamingTheLine() throws Exception {
        page("""
                <!-- snippet: m/src/main/java/R.java#route -->
                ```java
                from("direct:a")
                    .to("pardot:extension");
                ```
                """);
        assertThat(new SnippetChecker(root).problems("page.md")).singleElement().asString()
                .startsWith("page.md:2 (java): differs from m/src/main/java/R.java#route at line 2");
    }

    @Test
    void codeWithoutAMarkerOrMarkedUncheckedFails() throws Exception {
        page("""
                ```java
                int x;
                ```

                <!-- unchecked: looks harmless -->
                ```yaml
                - route: {}
                ```

                <!-- snippet: m/src/main/java/R.java#nope -->
                ```java
                int y;
                ```

                <!-- snippet: notes/R.java -->
                ```java
                int z;
                ```
                """);
        Files.createDirectories(root.resolve("notes"));
        Files.writeString(root.resolve("notes/R.java"), "int z;\n");
        assertThat(new SnippetChecker(root).problems("page.md")).satisfiesExactly(
                p -> assertThat(p).contains("no marker"),
                p -> assertThat(p).contains("yaml is code"),
                p -> assertThat(p).contains("has no region tag::nope[]"),
                p -> assertThat(p).contains("is not part of a module"));
    }

    private void page(String text) throws Exception {
        Files.writeString(root.resolve("page.md"), text);
    }
}
