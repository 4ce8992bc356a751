package dev.camelpardot.convert;

import java.util.List;
import java.util.Map;

import dev.camelpardot.api.PardotValidationException;
import dev.camelpardot.model.ActivityType;
import dev.camelpardot.model.ActivityTypeSetup;
import dev.camelpardot.model.Extension;
import dev.camelpardot.model.ExtensionSetup;
import dev.camelpardot.model.ExternalActivity;
import org.apache.camel.CamelContext;
import org.apache.camel.TypeConversionException;
import org.apache.camel.TypeConverter;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Maps and JSON text to the model, through a CamelContext's type converter (the generated loader registers them). */
class ModelConvertersTest {

    private static CamelContext context;
    private static TypeConverter converter;

    @BeforeAll
    static void start() {
        context = new DefaultCamelContext();
        context.start();
        converter = context.getTypeConverter();
    }

    @AfterAll
    static void stop() {
        context.stop();
    }

    @Test
    void theLoaderIsGeneratedAndRegistered() {
        assertThat(context.getTypeConverterRegistry().lookup(ExternalActivity.class, Map.class)).isNotNull();
        assertThat(context.getTypeConverterRegistry().lookup(ExtensionSetup.class, String.class)).isNotNull();
        assertThat(ModelConverters.class.getClassLoader()
                .getResource("META-INF/services/org/apache/camel/TypeConverterLoader")).isNotNull();
    }

    @Test
    void mapsOfAnyValueTypes() {
        ExternalActivity fromMap = converter.convertTo(ExternalActivity.class, Map.of("email", "a@example.com", "value", 42,
                "activityDate", 0L, "ignored", "x", "extension", "W", "type", "T", "id", "1"));
        assertThat(fromMap.value()).isEqualTo("42");
        assertThat(fromMap.email()).isEqualTo("a@example.com");
        assertThat(fromMap.extension()).isEqualTo("W");
        assertThat(fromMap.type()).isEqualTo("T");
        assertThat(fromMap.id()).isEqualTo("1");
        assertThat(fromMap.activityDate().toInstant().toEpochMilli()).isZero();
    }

    @Test
    void aSetupMapActivatesAndAssignsOnlyWhatItSays() {
        ExtensionSetup setup = converter.convertTo(ExtensionSetup.class, Map.of("developerName", "Webinar",
                "label", "L", "description", "D",
                "activityTypes", List.of(Map.of("developerName", "A"), Map.of("developerName", "B", "active", "false",
                        "label", "BL", "description", "BD"))));
        assertThat(setup.developerName()).isEqualTo("Webinar");
        assertThat(setup.label()).isEqualTo("L");
        assertThat(setup.description()).isEqualTo("D");
        assertThat(setup.active()).as("active absent: not managed").isNull();
        assertThat(setup.assign()).as("assign absent: not assigned").isFalse();
        assertThat(setup.activityTypes()).containsExactly(new ActivityTypeSetup("A", null, null, null),
                new ActivityTypeSetup("B", "BL", "BD", false));

        ExtensionSetup explicit = converter.convertTo(ExtensionSetup.class, Map.of("developerName", "W",
                "active", true, "assign", "yes"));
        assertThat(explicit.active()).isTrue();
        assertThat(explicit.assign()).isTrue();
        java.util.Map<String, Object> nulls = new java.util.HashMap<>();
        nulls.put("developerName", "W");
        nulls.put("active", null);
        nulls.put("assign", null);
        ExtensionSetup present = converter.convertTo(ExtensionSetup.class, nulls);
        assertThat(present.active()).as("present as null: left alone").isNull();
        assertThat(present.assign()).as("assign null: not assigned").isFalse();
    }

    @Test
    void extensionsAndTypesFromMapsAndJson() {
        assertThat(converter.convertTo(Extension.class, Map.of("id", "0XM1", "developerName", "W", "label", "L",
                "description", "D", "active", "yes"))).isEqualTo(new Extension("0XM1", "W", "L", "D", true));
        assertThat(converter.convertTo(ActivityType.class, "{\"id\":\"0XN1\",\"extensionId\":\"0XM1\","
                + "\"developerName\":\"R\",\"label\":\"L\",\"description\":\"D\",\"active\":\"0\"}"))
                .isEqualTo(new ActivityType("0XN1", "0XM1", "R", "L", "D", false));
        assertThat(converter.convertTo(Extension.class, "{\"developerName\":\"W\",\"active\":\"1\"}").active()).isTrue();
        assertThat(converter.convertTo(ExternalActivity.class, "{\"email\":\"j@example.com\",\"value\":\"v\"}").email())
                .isEqualTo("j@example.com");
        assertThat(converter.convertTo(ExtensionSetup.class, "{\"developerName\":\"W\"}").assign()).isFalse();
        assertThat(converter.convertTo(ExtensionSetup.class, "{\"developerName\":\"W\",\"assign\":true}").assign())
                .isTrue();
    }

    @Test
    void badValuesNameTheField() {
        assertThatThrownBy(() -> converter.convertTo(ExtensionSetup.class, Map.of("developerName", "W",
                "activityTypes", "A,B")))
                .isInstanceOf(TypeConversionException.class).cause().isInstanceOf(PardotValidationException.class)
                .hasMessageContaining("activityTypes must be a list");
        assertThatThrownBy(() -> ModelConverters.toExtensionSetup(Map.of("developerName", "W",
                "activityTypes", List.of("A"))))
                .isInstanceOf(PardotValidationException.class)
                .hasMessage("activityTypes[0] must be an object with developerName, label, description and active, not String");
        assertThatThrownBy(() -> ModelConverters.toExtension(Map.of("active", "maybe")))
                .isInstanceOf(PardotValidationException.class).hasMessage("active must be true or false, not 'maybe'");
        assertThatThrownBy(() -> ModelConverters.toExternalActivity("[1]"))
                .isInstanceOf(PardotValidationException.class).hasMessageStartingWith("the body is a JSON array");
        assertThatThrownBy(() -> ModelConverters.parseJson("email=x"))
                .isInstanceOf(PardotValidationException.class)
                .hasMessageContaining("it starts with 'email=x'");
        assertThatThrownBy(() -> ModelConverters.parseJson("{\"a\":"))
                .isInstanceOf(PardotValidationException.class).hasMessageStartingWith("the body is not valid JSON: ");
        assertThatThrownBy(() -> ModelConverters.toExtensionSetup(Map.of("developerName", "W",
                "activityTypes", List.of(Map.of("developerName", "A"), 7))))
                .hasMessage("activityTypes[1] must be an object with developerName, label, description and active, not"
                            + " Integer");
        assertThatThrownBy(() -> ModelConverters.parseJson("abcdefghij"))
                .hasMessageContaining("it starts with 'abcdefghij')");
        assertThatThrownBy(() -> ModelConverters.parseJson("abcdefghijk"))
                .hasMessageContaining("it starts with 'abcdefghij...')");
        assertThatThrownBy(() -> ModelConverters.parseJson("{\"a\": tru}"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").endsWith(": fix the JSON")
                        .startsWith("the body is not valid JSON: Unrecognized token 'tru'"));
        assertThat(ModelConverters.parseJson("  ")).isNull();
        assertThat(ModelConverters.parseJson("[{\"a\":1}]")).isEqualTo(List.of(Map.of("a", 1)));
    }
}
