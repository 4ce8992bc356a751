import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the typed Endpoint DSL of the pardot component from its catalog JSON, at build time (process-classes,
 * after camel-component-maven-plugin wrote the JSON, before the second compile pass): one builder method per
 * endpoint option, typed as the catalog types it, with the catalog's description, default and group as Javadoc.
 * Options labelled advanced go to the advanced builder, as in Camel's own generated builders.
 * <p>
 * Run as a single-file program: {@code java -cp <jackson> EndpointDslGenerator.java <catalog.json> <output dir>}.
 */
public class EndpointDslGenerator {

    private static final String PACKAGE = "dev.camelpardot.dsl";

    public static void main(String[] args) throws IOException {
        JsonNode catalog = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Path out = Path.of(args[1]).resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(out);
        List<String> basic = new ArrayList<>();
        List<String> advanced = new ArrayList<>();
        for (Map.Entry<String, JsonNode> option : catalog.path("properties").properties()) {
            if ("path".equals(option.getValue().path("kind").asText())) {
                continue;
            }
            boolean isAdvanced = option.getValue().path("label").asText().contains("advanced");
            (isAdvanced ? advanced : basic).add(methods(option.getKey(), option.getValue(),
                    isAdvanced ? "AdvancedPardotEndpointBuilder" : "PardotEndpointBuilder"));
        }
        write(out.resolve("PardotEndpointBuilderFactory.java"), factory(basic, advanced));
        // the entry points refer to the factory, so they are compiled with it in the second pass
        write(out.resolve("Pardot.java"), ENTRY_POINTS.formatted(PACKAGE));
    }

    private static final String ENTRY_POINTS = """
            package %s;

            import dev.camelpardot.dsl.PardotEndpointBuilderFactory.PardotEndpointBuilder;

            /**
             * Entry points of the typed Endpoint DSL: {@code to(Pardot.pardot("external-activity").extension("X").type("Y"))},
             * or with a static import {@code to(externalActivities().extension("X").type("Y"))}.
             */
            public final class Pardot {

                private Pardot() {
                }

                /**
                 * A {@code pardot:} endpoint.
                 *
                 * @param resource external-activity, extension or activity-type
                 * @return the dsl builder
                 */
                public static PardotEndpointBuilder pardot(String resource) {
                    return PardotEndpointBuilderFactory.endpointBuilder("pardot", resource);
                }

                /**
                 * An endpoint of a pardot component registered under another name.
                 *
                 * @param componentName the name the component is registered under
                 * @param resource      external-activity, extension or activity-type
                 * @return the dsl builder
                 */
                public static PardotEndpointBuilder pardot(String componentName, String resource) {
                    return PardotEndpointBuilderFactory.endpointBuilder(componentName, resource);
                }

                /** @return {@code pardot:external-activity} */
                public static PardotEndpointBuilder externalActivities() {
                    return pardot("external-activity");
                }

                /** @return {@code pardot:extension} */
                public static PardotEndpointBuilder extensions() {
                    return pardot("extension");
                }

                /** @return {@code pardot:activity-type} */
                public static PardotEndpointBuilder activityTypes() {
                    return pardot("activity-type");
                }
            }
            """;

    private static String methods(String name, JsonNode option, String builder) {
        String type = option.path("type").asText();
        String javaType = option.path("javaType").asText();
        StringBuilder code = new StringBuilder();
        if (option.path("multiValue").asBoolean(false)) {
            // a map of prefixed options (schedulerProperties: scheduler.xxx=...), set one key or several at once
            String prefix = option.path("prefix").asText();
            method(code, name, option, builder, "String key, Object", "\"" + prefix + "\" + key, v",
                    "the value of the key (the option " + prefix + "key)", "doSetMultiValueProperty");
            method(code, name, option, builder, "java.util.Map<String, Object>", "\"" + prefix + "\", v",
                    "the keys and values (options " + prefix + "key)", "doSetMultiValueProperties");
            return code.toString();
        }
        String typed = switch (type) {
            case "duration" -> "long";
            case "enum", "object" -> javaType;
            default -> javaType.startsWith("java.lang.") ? javaType.substring("java.lang.".length()) : javaType;
        };
        method(code, name, option, builder, typed, "v", "the value");
        if ("duration".equals(type)) {
            method(code, name, option, builder, "java.time.Duration", "v.toMillis()", "the duration (sent as milliseconds)");
        }
        if (!"String".equals(typed)) {
            String what = switch (type) {
                case "enum" -> "the value's name, or a property placeholder";
                case "object" -> "a reference to a bean (#name), or a property placeholder";
                case "duration" -> "milliseconds or a duration such as 10s, or a property placeholder";
                default -> "the value as text, or a property placeholder";
            };
            method(code, name, option, builder, "String", "v", what);
        }
        return code.toString();
    }

    private static void method(StringBuilder code, String name, JsonNode option, String builder, String parameterType,
                               String value, String parameterDoc) {
        method(code, name, option, builder, parameterType, value, parameterDoc, "doSetProperty");
    }

    private static void method(StringBuilder code, String name, JsonNode option, String builder, String parameterType,
                               String value, String parameterDoc, String setter) {
        code.append("        /**\n");
        for (String line : wrap(option.path("description").asText(), 100)) {
            code.append("         * ").append(line).append('\n');
        }
        code.append("         *\n");
        code.append("         * The option is a: {@code ").append(option.path("javaType").asText()).append("} type.\n");
        JsonNode defaultValue = option.get("defaultValue");
        // a Boolean object option has no default (not set = not sent), whatever the catalog's tooling wrote
        if (defaultValue != null && !"java.lang.Boolean".equals(option.path("javaType").asText())) {
            code.append("         *\n         * Default: ").append(escape(defaultValue.asText())).append('\n');
        }
        code.append("         * Group: ").append(option.path("group").asText()).append('\n');
        code.append("         *\n");
        if (parameterType.startsWith("String key")) {
            code.append("         * @param key the key, without the prefix\n");
        }
        code.append("         * @param v ").append(parameterDoc).append('\n');
        code.append("         * @return the dsl builder\n");
        code.append("         */\n");
        code.append("        default ").append(builder).append(' ').append(name).append('(').append(parameterType)
                .append(" v) {\n");
        code.append("            ").append(setter).append("(\"").append(name).append("\", ").append(value).append(");\n");
        code.append("            return this;\n");
        code.append("        }\n");
    }

    private static String factory(List<String> basic, List<String> advanced) {
        return """
                package %s;

                import org.apache.camel.builder.EndpointConsumerBuilder;
                import org.apache.camel.builder.EndpointProducerBuilder;

                /**
                 * Typed options for {@code pardot:} endpoints in the Java DSL, generated at build time from the component's
                 * catalog JSON (src/build/EndpointDslGenerator.java): a basic builder, an {@link AdvancedPardotEndpointBuilder
                 * advanced()} one and a {@link PardotBuilders} mix-in, shaped like the builders Camel generates for its own
                 * components. Each method sets the endpoint option of the same name; the builders serve both {@code to(...)}
                 * and {@code from(...)} (the consumer of external activities). Do not edit: change the option's
                 * {@code @UriParam} and build.
                 *
                 * <pre>{@code
                 * from("direct:signups")
                 *     .to(Pardot.pardot("external-activity").extension("Webinar_Service").type("Registered"));
                 * }</pre>
                 */
                public interface PardotEndpointBuilderFactory {

                    /** The common options of a {@code pardot:} endpoint. */
                    interface PardotEndpointBuilder extends EndpointConsumerBuilder, EndpointProducerBuilder {

                        /** @return the same builder, showing the advanced options */
                        default AdvancedPardotEndpointBuilder advanced() {
                            return (AdvancedPardotEndpointBuilder) this;
                        }

                %s    }

                    /** The advanced options of a {@code pardot:} endpoint. */
                    interface AdvancedPardotEndpointBuilder extends EndpointConsumerBuilder, EndpointProducerBuilder {

                        /** @return the same builder, showing the common options */
                        default PardotEndpointBuilder basic() {
                            return (PardotEndpointBuilder) this;
                        }

                %s    }

                    /**
                     * A mix-in for route builders: {@code class MyRoutes extends RouteBuilder implements PardotBuilders} then
                     * {@code to(pardot("external-activity").extension("X").type("Y"))}.
                     */
                    interface PardotBuilders {

                        /**
                         * A {@code pardot:} endpoint.
                         *
                         * @param resource external-activity, extension or activity-type
                         * @return the dsl builder
                         */
                        default PardotEndpointBuilder pardot(String resource) {
                            return endpointBuilder("pardot", resource);
                        }

                        /**
                         * An endpoint of a pardot component registered under another name (for example one per business unit).
                         *
                         * @param componentName the name the component is registered under
                         * @param resource      external-activity, extension or activity-type
                         * @return the dsl builder
                         */
                        default PardotEndpointBuilder pardot(String componentName, String resource) {
                            return endpointBuilder(componentName, resource);
                        }
                    }

                    /**
                     * A builder for {@code <componentName>:<resource>}.
                     *
                     * @param componentName usually pardot
                     * @param resource      external-activity, extension or activity-type
                     * @return the dsl builder
                     */
                    static PardotEndpointBuilder endpointBuilder(String componentName, String resource) {
                        class PardotEndpointBuilderImpl extends PardotEndpointUri implements PardotEndpointBuilder, AdvancedPardotEndpointBuilder {
                            PardotEndpointBuilderImpl() {
                                super(componentName, resource);
                            }
                        }
                        return new PardotEndpointBuilderImpl();
                    }
                }
                """.formatted(PACKAGE, String.join("", basic), String.join("", advanced));
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : escape(text).split(" ")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "{@literal @}");
    }

    private static void write(Path file, String source) throws IOException {
        if (!Files.exists(file) || !Files.readString(file).equals(source)) {
            Files.writeString(file, source);
        }
    }
}
