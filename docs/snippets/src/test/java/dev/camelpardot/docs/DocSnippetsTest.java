package dev.camelpardot.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Documentation that runs: each adopted page's code blocks are the tagged regions of files that tests run (the
 * convention is in docs/README.md). A page joins by being listed here once all its blocks carry a marker.
 */
class DocSnippetsTest {

    static final List<String> ADOPTED = List.of(
            "README.md",
            "docs/README.md",
            "docs/authentication.md",
            "docs/reference.md",
            "docs/setup-as-code.md",
            "docs/reading-activities.md",
            "docs/operating-the-app.md",
            "docs/troubleshooting.md",
            "component/camel-pardot/README.md",
            "component/camel-pardot-spring-boot-starter/README.md",
            "examples/README.md",
            "examples/quickstart/README.md",
            "examples/camel-main-java/README.md",
            "examples/yaml-dsl/README.md",
            "examples/spring-boot/README.md",
            "examples/jms-artemis/README.md",
            "examples/route-testing/README.md",
            "quarkus-app/README.md");

    private static final SnippetChecker CHECKER = new SnippetChecker(Path.of(System.getProperty("repository.root", "../..")));

    @ParameterizedTest
    @FieldSource("ADOPTED")
    void everyCodeBlockIsPartOfAFileATestRuns(String page) {
        List<String> problems = CHECKER.problems(page);
        assertThat(problems).withFailMessage(String.join("\n\n", problems)).isEmpty();
    }
}
