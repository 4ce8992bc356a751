package dev.camelpardot.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.camelpardot.docs.ComponentCatalog.Entry;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/reference.md} equal to what the catalog JSON of this build says. Run with
 * {@code -Dpardot.docs.update=true} to rewrite the page instead of checking it.
 */
class ReferenceDocTest {

    private static final Path PAGE = Path.of(System.getProperty("basedir", "."))
            .resolve("../../docs/reference.md").toAbsolutePath().normalize();

    private final ComponentCatalog catalog = ComponentCatalog.load("pardot");

    @Test
    void referencePageMatchesTheCatalog() throws IOException {
        String generated = ReferenceDocGenerator.generate(catalog);
        if (Boolean.getBoolean("pardot.docs.update")) {
            Files.createDirectories(PAGE.getParent());
            Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
        }
        if (!Files.exists(PAGE)) {
            fail(PAGE + " does not exist. Generate it with: " + ReferenceDocGenerator.REGENERATE);
        }
        String onDisk = Files.readString(PAGE, StandardCharsets.UTF_8);
        if (!onDisk.equals(generated)) {
            fail("docs/reference.md is out of date with the component's catalog JSON (" + firstDifference(onDisk, generated)
                 + "). Regenerate it with: " + ReferenceDocGenerator.REGENERATE);
        }
    }

    @Test
    void everyOptionAndHeaderOfTheCatalogIsOnThePage() throws IOException {
        String page = Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "";
        List<String> missing = new ArrayList<>();
        missing.addAll(missingFrom(section(page, "## Component options"), "component option", catalog.componentOptions()));
        missing.addAll(missingFrom(section(page, "## Endpoint options"), "endpoint option", catalog.endpointOptions()));
        missing.addAll(missingFrom(section(page, "## Message headers"), "header", catalog.headers()));
        assertThat(missing)
                .as("options and headers of the catalog JSON missing from " + PAGE + "; regenerate it with: "
                    + ReferenceDocGenerator.REGENERATE)
                .isEmpty();
    }

    @Test
    void theGeneratorDocumentsEveryEntryWithItsTypeAndDefault() {
        String generated = ReferenceDocGenerator.generate(catalog);
        assertThat(catalog.componentOptions()).as("component options in the catalog").isNotEmpty();
        assertThat(catalog.endpointOptions()).as("endpoint options in the catalog").isNotEmpty();
        assertThat(catalog.headers()).as("headers in the catalog").isNotEmpty();
        assertThat(missingFrom(generated, "component option", catalog.componentOptions())).isEmpty();
        assertThat(missingFrom(generated, "endpoint option", catalog.endpointOptions())).isEmpty();
        assertThat(missingFrom(generated, "header", catalog.headers())).isEmpty();
        for (Entry e : catalog.componentOptions()) {
            assertThat(generated).contains("`camel.component.pardot." + ReferenceDocGenerator.kebab(e.name()) + "`");
        }
        catalog.componentOptions().stream().filter(Entry::secret).findFirst().ifPresent(secret ->
                assertThat(generated).containsPattern("\\| `" + secret.name() + "`[^\\n]*\\*\\*secret\\*\\* \\|\\n"));
        catalog.endpointOptions().stream()
                .filter(e -> e.defaultValue() != null && !"java.lang.Boolean".equals(e.javaType()))
                .findFirst().ifPresent(withDefault ->
                assertThat(generated).containsPattern("\\| `" + withDefault.name() + "`[^\\n]*\\| `"
                                                      + java.util.regex.Pattern.quote(withDefault.defaultValue()) + "` \\|"));
    }

    @Test
    void aThreeStateFlagIsDocumentedAsNotSetRatherThanFalse() {
        Entry active = catalog.endpointOptions().stream().filter(e -> "active".equals(e.name())).findFirst()
                .orElseThrow();
        assertThat(active.javaType()).as("unset must be representable").isEqualTo("java.lang.Boolean");
        assertThat(active.description()).contains("Not set by default");
        assertThat(ReferenceDocGenerator.generate(catalog))
                .containsPattern("\\| `active` \\|[^\\n]*\\| " + ReferenceDocGenerator.NOT_SET + " \\| `Boolean` \\|");
    }

    /** The text from the heading to the next heading of the same level (empty when the heading is absent). */
    private static String section(String page, String heading) {
        int start = page.indexOf(heading + "\n");
        if (start < 0) {
            return "";
        }
        int end = page.indexOf("\n## ", start + heading.length());
        return end < 0 ? page.substring(start) : page.substring(start, end);
    }

    private static List<String> missingFrom(String page, String what, List<Entry> entries) {
        List<String> missing = new ArrayList<>();
        for (Entry e : entries) {
            if (!page.contains("| `" + e.name() + "`")) {
                missing.add(what + " " + e.name());
            }
        }
        return missing;
    }

    private static String firstDifference(String onDisk, String generated) {
        String[] a = onDisk.split("\n", -1);
        String[] b = generated.split("\n", -1);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return "first difference at line " + (i + 1) + ": page has \"" + abbreviate(a[i]) + "\", catalog gives \""
                       + abbreviate(b[i]) + "\"";
            }
        }
        return "the page has " + a.length + " lines, the catalog gives " + b.length;
    }

    private static String abbreviate(String line) {
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }
}
