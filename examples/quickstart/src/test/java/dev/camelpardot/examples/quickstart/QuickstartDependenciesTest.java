package dev.camelpardot.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The README's route names its dependencies and properties in its first comment lines; this module has exactly
 * those, so the test that runs the route proves they are enough.
 */
class QuickstartDependenciesTest {

    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));

    @Test
    void thePomHasTheDependenciesTheReadmeNames() throws Exception {
        Matcher named = Pattern.compile("// pom.xml: (.+)").matcher(routeSource());
        assertThat(named.find()).isTrue();
        List<String> readme = Arrays.stream(named.group(1).split(",\\s*"))
                .map(d -> d.startsWith("dev.camelpardot:") ? d.split(":")[1] : d).toList();

        NodeList dependencies = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(MODULE.resolve("pom.xml").toFile()).getElementsByTagName("dependency");
        List<String> pom = new ArrayList<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            NodeList scope = dependency.getElementsByTagName("scope");
            String scopeName = scope.getLength() == 0 ? "compile" : scope.item(0).getTextContent();
            if (!scopeName.equals("test") && !scopeName.equals("import")) {
                pom.add(dependency.getElementsByTagName("artifactId").item(0).getTextContent());
            }
        }
        assertThat(pom).containsExactlyElementsOf(readme);
        assertThat(named.group(1)).contains("camel-pardot:0.1.0-SNAPSHOT");
    }

    @Test
    void theApplicationPropertiesAreTheOnesTheReadmeNames() throws Exception {
        Matcher block = Pattern.compile("// application.properties:\\n((?:\\s*//   .+\\n)+)").matcher(routeSource());
        assertThat(block.find()).isTrue();
        List<String> readme = block.group(1).lines().map(l -> l.replaceFirst("^\\s*//\\s+", "")).toList();
        assertThat(Files.readAllLines(MODULE.resolve("src/main/resources/application.properties"))).isEqualTo(readme);
    }

    private static String routeSource() throws Exception {
        return Files.readString(MODULE.resolve("src/main/java/dev/camelpardot/examples/quickstart/QuickstartRoutes.java"));
    }
}
