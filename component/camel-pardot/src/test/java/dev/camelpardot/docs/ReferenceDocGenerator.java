package dev.camelpardot.docs;

import java.util.List;
import java.util.stream.Collectors;

import dev.camelpardot.docs.ComponentCatalog.Entry;

/**
 * Writes {@code docs/reference.md} from the component's catalog JSON, so the page can never list an option the
 * component does not have, nor miss one it has. Deterministic: the same JSON gives the same bytes.
 */
final class ReferenceDocGenerator {

    /** The Default cell of a three-state ({@code java.lang.Boolean}) option. */
    static final String NOT_SET = "_not set_";

    static final String REGENERATE =
            "./mvnw -pl component/camel-pardot test -Dtest=ReferenceDocTest -Dpardot.docs.update=true";

    private ReferenceDocGenerator() {
    }

    static String generate(ComponentCatalog catalog) {
        StringBuilder md = new StringBuilder();
        String scheme = catalog.component("scheme");
        md.append("# `").append(scheme).append(":` component reference\n\n");
        md.append("<!-- Generated from the component's catalog JSON by ReferenceDocGenerator; do not edit by hand.\n")
          .append("     The build fails when this page is out of date. Regenerate with:\n")
          .append("     ").append(REGENERATE).append(" -->\n\n");
        md.append(oneLine(catalog.component("description"))).append("\n\n");

        md.append("| | |\n|---|---|\n");
        row(md, "Scheme", code(scheme));
        row(md, "URI syntax", code(catalog.component("syntax")));
        row(md, "Maven", code(catalog.component("groupId") + ":" + catalog.component("artifactId") + ":"
                              + catalog.component("version")));
        row(md, "Component class", code(catalog.component("javaType")));
        row(md, "Producer only", yesNo(catalog.component("producerOnly")));
        row(md, "Asynchronous", yesNo(catalog.component("async")));
        md.append('\n');

        md.append("Options are set once on the component (shared by all its endpoints: one login, one token, one "
                  + "concurrency cap) or per endpoint in the URI. With camel-main, Spring Boot (with "
                  + "`camel-pardot-spring-boot-starter`) or Quarkus a component option `fooBar` is the property "
                  + "`camel.component.").append(scheme)
          .append(".foo-bar`. Options marked **secret** are masked by Camel wherever it shows an endpoint "
                  + "and should come from the environment or a vault (see [authentication](authentication.md)).\n\n");

        List<Entry> path = catalog.endpointOptions().stream().filter(e -> "path".equals(e.kind())).collect(Collectors.toList());
        List<Entry> query = catalog.endpointOptions().stream().filter(e -> !"path".equals(e.kind())).collect(Collectors.toList());

        md.append("## Endpoints and operations\n\n");
        for (Entry p : path) {
            md.append("Path parameter ").append(code(p.name())).append(": ").append(cell(p.description())).append('\n');
            if (!p.enums().isEmpty()) {
                md.append('\n');
                for (String value : p.enums()) {
                    md.append("- ").append(code(scheme + ":" + value)).append('\n');
                }
            }
            md.append('\n');
        }
        for (Entry q : query) {
            if ("operation".equals(q.name())) {
                md.append("Option ").append(code("operation")).append(": ").append(cell(q.description()));
                if (q.defaultValue() != null) {
                    md.append(" Default: ").append(code(q.defaultValue())).append('.');
                }
                md.append("\n\n");
                if (!q.enums().isEmpty()) {
                    md.append("Values: ").append(q.enums().stream().map(ReferenceDocGenerator::code)
                            .collect(Collectors.joining(", "))).append(".\n\n");
                }
            }
        }

        md.append("## Component options\n\n");
        md.append("| Option | Property | Group | Description | Default | Type | Secret |\n|---|---|---|---|---|---|---|\n");
        for (Entry e : catalog.componentOptions()) {
            md.append("| ").append(code(e.name())).append(required(e)).append(" | ")
              .append(code("camel.component." + scheme + "." + kebab(e.name()))).append(" | ")
              .append(e.group() == null ? "" : e.group()).append(" | ")
              .append(description(e)).append(" | ")
              .append(defaultValue(e)).append(" | ")
              .append(type(e)).append(" | ")
              .append(e.secret() ? "**secret**" : "").append(" |\n");
        }
        md.append('\n');

        md.append("## Endpoint options\n\n");
        md.append("Path and query parameters of `").append(catalog.component("syntax"))
          .append("`; the group says whether an option is basic or advanced.\n\n");
        md.append("| Option | Kind | Group | Description | Default | Type | Secret |\n|---|---|---|---|---|---|---|\n");
        for (Entry e : catalog.endpointOptions()) {
            md.append("| ").append(code(e.name())).append(required(e)).append(" | ")
              .append(e.kind()).append(" | ")
              .append(e.group() == null ? "" : e.group()).append(" | ")
              .append(description(e)).append(" | ")
              .append(defaultValue(e)).append(" | ")
              .append(type(e)).append(" | ")
              .append(e.secret() ? "**secret**" : "").append(" |\n");
        }
        md.append('\n');

        md.append("## Message headers\n\n");
        md.append("Headers the producers read (they fill what the body lacks, or refine a query) or set on the result, ")
          .append("and that the consumer sets on each activity. The constants are in the class named in the table.\n\n");
        md.append("| Header | Constant | Group | Description | Type |\n|---|---|---|---|---|\n");
        for (Entry e : catalog.headers()) {
            md.append("| ").append(code(e.name())).append(" | ")
              .append(e.constantName() == null ? "" : code(e.constantName().replace('#', '.'))).append(" | ")
              .append(e.group() == null ? "" : e.group()).append(" | ")
              .append(description(e)).append(" | ")
              .append(e.javaType() == null ? "" : code(simpleType(e.javaType()))).append(" |\n");
        }
        return md.toString();
    }

    /** {@code maxConcurrentRequests} → {@code max-concurrent-requests}, as Camel's property binding accepts. */
    static String kebab(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String description(Entry e) {
        String text = cell(e.description());
        if (e.deprecated()) {
            text = "**Deprecated.** " + text;
        }
        if (!e.enums().isEmpty() && !"operation".equals(e.name())) {
            text = text + " One of: " + e.enums().stream().map(ReferenceDocGenerator::code).collect(Collectors.joining(", ")) + ".";
        }
        return text;
    }

    /**
     * The default. A {@code java.lang.Boolean} option is shown as not set: Camel's tooling writes
     * {@code "defaultValue": false} for every Boolean option without a default, while this component uses the wrapper
     * only for three-state flags whose unset value means "leave as is" (a flag with a real default is a primitive
     * {@code boolean}).
     */
    static String defaultValue(Entry e) {
        if ("java.lang.Boolean".equals(e.javaType())) {
            return NOT_SET;
        }
        return e.defaultValue() == null ? "" : code(e.defaultValue());
    }

    private static String type(Entry e) {
        if ("duration".equals(e.type())) {
            // a long of milliseconds that also accepts text such as 10s or 1m30s
            return "duration (`" + simpleType(e.javaType()) + "` ms, or text such as `30s`)";
        }
        if (e.javaType() == null) {
            return e.type() == null ? "" : code(e.type());
        }
        return code(simpleType(e.javaType()));
    }

    private static String simpleType(String javaType) {
        return javaType.startsWith("java.lang.") ? javaType.substring("java.lang.".length()) : javaType;
    }

    private static String required(Entry e) {
        return e.required() ? " (required)" : "";
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    private static String yesNo(String bool) {
        return Boolean.parseBoolean(bool) ? "yes" : "no";
    }

    private static String code(String text) {
        return "`" + text + "`";
    }

    /** Text fit for one table cell: one line, pipes escaped. */
    private static String cell(String text) {
        return oneLine(text).replace("|", "\\|");
    }

    private static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r", "").replaceAll("\\s*\n\\s*", " ").trim();
    }
}
