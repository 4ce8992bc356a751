package dev.camelpardot.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The catalog JSON that camel-component-maven-plugin writes for the component, as read from the class path the
 * way Camel itself finds it: {@code META-INF/services/org/apache/camel/component/<scheme>} names the component
 * class, and the JSON sits next to that class's package under {@code META-INF/}.
 */
public final class ComponentCatalog {

    /** One option or header of the catalog; absent JSON values are null. */
    public record Entry(String name, String kind, String group, String javaType, String type, boolean required,
                 boolean secret, boolean deprecated, String defaultValue, List<String> enums, String description,
                 String constantName, boolean multiValue) {
    }

    private final JsonNode root;

    private ComponentCatalog(JsonNode root) {
        this.root = root;
    }

    public static ComponentCatalog load(String scheme) {
        ClassLoader loader = ComponentCatalog.class.getClassLoader();
        Properties service = new Properties();
        String servicePath = "META-INF/services/org/apache/camel/component/" + scheme;
        try (InputStream in = loader.getResourceAsStream(servicePath)) {
            if (in == null) {
                throw new IllegalStateException(servicePath + " is not on the class path: build the component first");
            }
            service.load(in);
            String componentClass = service.getProperty("class");
            String jsonPath = "META-INF/" + componentClass.substring(0, componentClass.lastIndexOf('.')).replace('.', '/')
                              + "/" + scheme + ".json";
            try (InputStream json = loader.getResourceAsStream(jsonPath)) {
                if (json == null) {
                    throw new IllegalStateException(jsonPath + " is not on the class path: the catalog was not generated");
                }
                return new ComponentCatalog(new ObjectMapper().readTree(json));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String component(String field) {
        JsonNode value = root.path("component").path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    public List<Entry> componentOptions() {
        return entries("componentProperties");
    }

    /** Path and query parameters of the endpoint, in catalog order. */
    public List<Entry> endpointOptions() {
        return entries("properties");
    }

    public List<Entry> headers() {
        return entries("headers");
    }

    private List<Entry> entries(String section) {
        List<Entry> result = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.path(section).fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode o = field.getValue();
            List<String> enums = new ArrayList<>();
            o.path("enum").forEach(e -> enums.add(e.asText()));
            result.add(new Entry(field.getKey(), text(o, "kind"), text(o, "group"), text(o, "javaType"), text(o, "type"),
                    o.path("required").asBoolean(false), o.path("secret").asBoolean(false),
                    o.path("deprecated").asBoolean(false), text(o, "defaultValue"), List.copyOf(enums),
                    text(o, "description"), text(o, "constantName"), o.path("multiValue").asBoolean(false)));
        }
        return result;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
