package dev.camelpardot.dsl;

import static dev.camelpardot.dsl.Pardot.activityTypes;
import static dev.camelpardot.dsl.Pardot.externalActivities;
import static dev.camelpardot.dsl.Pardot.extensions;
import static dev.camelpardot.dsl.Pardot.pardot;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.camelpardot.auth.AuthenticationType;
import dev.camelpardot.auth.PardotEnvironment;
import dev.camelpardot.camel.BatchFailurePolicy;
import dev.camelpardot.camel.PardotComponent;
import dev.camelpardot.camel.PardotEndpoint;
import dev.camelpardot.camel.PardotOperation;
import dev.camelpardot.docs.ComponentCatalog;
import dev.camelpardot.dsl.PardotEndpointBuilderFactory.AdvancedPardotEndpointBuilder;
import dev.camelpardot.dsl.PardotEndpointBuilderFactory.PardotBuilders;
import dev.camelpardot.dsl.PardotEndpointBuilderFactory.PardotEndpointBuilder;
import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulator;
import dev.camelpardot.emulator.RecordedActivity;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.EndpointProducerBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The typed builder must mean exactly what the equivalent URI string means. */
class PardotEndpointBuilderTest {

    static Stream<Arguments> sameEndpoints() {
        return Stream.of(
                Arguments.of(pardot("external-activity").extension("Webinar_Service").type("Registered"),
                        "pardot:external-activity?extension=Webinar_Service&type=Registered"),
                Arguments.of(externalActivities().operation(PardotOperation.QUERY).fields("id,email").limit(50)
                                .streamResults(true),
                        "pardot:external-activity?operation=query&fields=id,email&limit=50&streamResults=true"),
                Arguments.of(externalActivities().extension("Webinar_Service").type("Registered")
                                .batchFailurePolicy(BatchFailurePolicy.FAIL).businessUnitId("0Uv000000000002AAA")
                                .advanced().maxRetries(2).retryInitialDelay(Duration.ofMillis(100)).retryMaxDelay("2s")
                                .connectTimeout(5000L).retryOnTimeout(true),
                        "pardot:external-activity?extension=Webinar_Service&type=Registered&batchFailurePolicy=FAIL"
                        + "&businessUnitId=0Uv000000000002AAA&maxRetries=2&retryInitialDelay=100&retryMaxDelay=2s"
                        + "&connectTimeout=5000&retryOnTimeout=true"),
                Arguments.of(extensions().operation(PardotOperation.ENSURE).developerName("Webinar_Service")
                                .label("Webinar Service").description("Webinars & events").active(true),
                        "pardot:extension?operation=ensure&developerName=Webinar_Service&label=Webinar+Service"
                        + "&description=RAW(Webinars & events)&active=true"),
                Arguments.of(activityTypes().operation("activate").extension("Webinar_Service").developerName("Attended"),
                        "pardot:activity-type?operation=activate&extension=Webinar_Service&developerName=Attended"),
                Arguments.of(externalActivities().operation(PardotOperation.QUERY)
                                .createdAtAfter(OffsetDateTime.of(2025, 1, 1, 10, 0, 0, 0, ZoneOffset.ofHours(1)))
                                .idGreaterThan(1000001L).filterType("Attended").orderBy("id desc"),
                        "pardot:external-activity?operation=query&createdAtAfter=2025-01-01T10:00%2B01:00"
                        + "&idGreaterThan=1000001&filterType=Attended&orderBy=id+desc"),
                Arguments.of(externalActivities().filterExtension("Webinar_Service").limit(1000).delay(Duration.ofMinutes(5))
                                .maxMessagesPerPoll(500).schedulerProperties("a", "b").advanced().offsetKey("webinar-export"),
                        "pardot:external-activity?filterExtension=Webinar_Service&limit=1000&delay=300000"
                        + "&maxMessagesPerPoll=500&offsetKey=webinar-export&scheduler.a=b"),
                Arguments.of(pardot("extension").operation(PardotOperation.ASSIGN).developerName("Webinar_Service")
                                .environment(PardotEnvironment.DEMO).authenticationType(AuthenticationType.CLIENT_CREDENTIALS)
                                .maxConcurrentRequests(3).lazyLogin(true).advanced().apiVersion("62.0"),
                        "pardot:extension?operation=assign&developerName=Webinar_Service&environment=DEMO"
                        + "&authenticationType=CLIENT_CREDENTIALS&maxConcurrentRequests=3&lazyLogin=true&apiVersion=62.0"));
    }

    @ParameterizedTest
    @MethodSource("sameEndpoints")
    void buildsTheSameUriAsTheString(EndpointProducerBuilder builder, String uri) throws Exception {
        assertThat(URISupport.normalizeUri(((PardotEndpointUri) builder).getUri())).isEqualTo(URISupport.normalizeUri(uri));
    }

    @ParameterizedTest
    @MethodSource("sameEndpoints")
    void resolvesToAnEndpointConfiguredLikeTheString(EndpointProducerBuilder builder, String uri) throws Exception {
        // two contexts, so that the endpoint cache cannot hand back the same instance twice
        try (CamelContext fromBuilder = new DefaultCamelContext(); CamelContext fromString = new DefaultCamelContext()) {
            PardotEndpoint built = builder.resolve(fromBuilder, PardotEndpoint.class);
            PardotEndpoint parsed = fromString.getEndpoint(uri, PardotEndpoint.class);

            assertThat(built.getEndpointUri()).isEqualTo(parsed.getEndpointUri());
            Map<String, Object> builtOptions = options(fromBuilder, built);
            assertThat(builtOptions).as("options read by the generated configurer").hasSizeGreaterThan(30);
            assertThat(builtOptions).isEqualTo(options(fromString, parsed));
        }
    }

    @Test
    void theOptionsReallyArriveOnTheEndpoint() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            PardotEndpoint endpoint = externalActivities().extension("Webinar_Service").type("Registered")
                    .batchFailurePolicy(BatchFailurePolicy.FAIL).advanced().maxRetries(2).connectTimeout(Duration.ofSeconds(3))
                    .resolve(context, PardotEndpoint.class);
            assertThat(endpoint.getConfiguration().getExtension()).isEqualTo("Webinar_Service");
            assertThat(endpoint.getConfiguration().getType()).isEqualTo("Registered");
            assertThat(endpoint.getConfiguration().getBatchFailurePolicy()).isEqualTo(BatchFailurePolicy.FAIL);
            assertThat(endpoint.getConfiguration().getMaxRetries()).isEqualTo(2);
            assertThat(endpoint.getConfiguration().getConnectTimeout()).isEqualTo(3000L);
            assertThat(endpoint.resolvedOperation()).isEqualTo(PardotOperation.CREATE);
        }
    }

    @Test
    void theSameBuilderStartsAConsumer() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            PardotComponent pardot = context.getComponent("pardot", PardotComponent.class);
            pardot.getConfiguration().setClientId("id");
            pardot.getConfiguration().setClientSecret("secret");
            pardot.getConfiguration().setBusinessUnitId(EmulatorDefaults.BUSINESS_UNIT_ID);
            pardot.getConfiguration().setLazyLogin(true);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(externalActivities().filterType("Attended").delay(Duration.ofMinutes(2))).routeId("reader")
                            .autoStartup(false).to("log:activities");
                }
            });
            context.start();
            PardotEndpoint endpoint = (PardotEndpoint) context.getRoute("reader").getEndpoint();
            assertThat(endpoint.getQuery().getFilterType()).isEqualTo("Attended");
            assertThat(endpoint.getDelay()).isEqualTo(120_000L);
        }
    }

    @Test
    void resolvesPropertyPlaceholders() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            Properties properties = new Properties();
            properties.setProperty("activity.type", "Attended");
            context.getPropertiesComponent().setInitialProperties(properties);
            PardotEndpoint endpoint = externalActivities().extension("Webinar_Service").type("{{activity.type}}")
                    .resolve(context, PardotEndpoint.class);
            assertThat(endpoint.getConfiguration().getType()).isEqualTo("Attended");
        }
    }

    @Test
    void bindsObjectOptionsInTheRegistry() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            org.apache.camel.support.jsse.SSLContextParameters tls = new org.apache.camel.support.jsse.SSLContextParameters();
            PardotEndpoint endpoint = externalActivities().extension("X").type("Y").sslContextParameters(tls)
                    .resolve(context, PardotEndpoint.class);
            assertThat(endpoint.getConfiguration().getSslContextParameters()).isSameAs(tls);
        }
    }

    @Test
    void givesATypedMethodForEveryEndpointOptionAndNoOther() {
        Set<String> catalogOptions = ComponentCatalog.load("pardot").endpointOptions().stream()
                .filter(option -> !"path".equals(option.kind()))
                .map(ComponentCatalog.Entry::name)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        Set<String> builderMethods = Stream.of(PardotEndpointBuilder.class, AdvancedPardotEndpointBuilder.class)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(Method::isDefault)
                .map(Method::getName)
                .filter(name -> !name.equals("advanced") && !name.equals("basic"))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(catalogOptions).isNotEmpty();
        assertThat(builderMethods).isEqualTo(catalogOptions);
    }

    @Test
    void everyOptionIsTypedAsTheCatalogTypesIt() throws Exception {
        for (ComponentCatalog.Entry option : ComponentCatalog.load("pardot").endpointOptions()) {
            if ("path".equals(option.kind())) {
                continue;
            }
            Class<?> builder = option.group().contains("advanced") ? AdvancedPardotEndpointBuilder.class
                    : PardotEndpointBuilder.class;
            if (option.multiValue()) {
                // a map of prefixed options: one key, or several at once
                assertThat(builder.getMethod(option.name(), String.class, Object.class).getReturnType()).isEqualTo(builder);
                assertThat(builder.getMethod(option.name(), Map.class).getReturnType()).isEqualTo(builder);
                continue;
            }
            Class<?> expected = "duration".equals(option.type()) ? long.class : javaType(option.javaType());
            Method typed = builder.getMethod(option.name(), expected);
            assertThat(typed.getReturnType()).as(option.name()).isEqualTo(builder);
            if (expected != String.class) {
                assertThat(builder.getMethod(option.name(), String.class)).as(option.name() + "(String)").isNotNull();
            }
            if ("duration".equals(option.type())) {
                assertThat(builder.getMethod(option.name(), Duration.class)).as(option.name() + "(Duration)").isNotNull();
            }
        }
    }

    @Test
    void theBuilderIsGeneratedFromTheCatalogWithItsDescriptionsAndDefaults() throws Exception {
        java.nio.file.Path source = java.nio.file.Path.of("target/generated-sources/dsl/dev/camelpardot/dsl/"
                                                          + "PardotEndpointBuilderFactory.java");
        assertThat(source).as("written by the build, not kept by hand").exists();
        assertThat(java.nio.file.Path.of("src/main/java/dev/camelpardot/dsl/PardotEndpointBuilderFactory.java"))
                .doesNotExist();
        String javadoc = java.nio.file.Files.readString(source).replaceAll("\\s*\\n\\s*\\* ?", " ");
        for (ComponentCatalog.Entry option : ComponentCatalog.load("pardot").endpointOptions()) {
            if ("path".equals(option.kind())) {
                continue;
            }
            assertThat(javadoc).as(option.name()).contains(option.description().replace("&", "&amp;")
                    .replace("<", "&lt;").replace(">", "&gt;"));
            if (option.defaultValue() != null && !"java.lang.Boolean".equals(option.javaType())) {
                assertThat(javadoc).as(option.name() + " default").contains("Default: " + option.defaultValue());
            }
        }
    }

    private static Class<?> javaType(String name) throws ClassNotFoundException {
        return switch (name) {
            case "boolean" -> boolean.class;
            case "int" -> int.class;
            case "long" -> long.class;
            // a generic type (StateRepository<String, String>) is its raw class at run time
            default -> Class.forName(name.contains("<") ? name.substring(0, name.indexOf('<')) : name);
        };
    }

    @Test
    void worksInRoutesAgainstTheEmulator() throws Exception {
        try (PardotEmulator emulator = PardotEmulator.start(); CamelContext context = new DefaultCamelContext()) {
            emulator.state().seedReadySetup("Webinar_Service", "Registered");
            PardotComponent pardot = context.getComponent("pardot", PardotComponent.class);
            pardot.getConfiguration().setLoginUrl(emulator.baseUrl());
            pardot.getConfiguration().setPardotUrl(emulator.baseUrl());
            pardot.getConfiguration().setClientId(EmulatorDefaults.CLIENT_ID);
            pardot.getConfiguration().setClientSecret(EmulatorDefaults.CLIENT_SECRET);
            pardot.getConfiguration().setRefreshToken(EmulatorDefaults.REFRESH_TOKEN);
            pardot.getConfiguration().setBusinessUnitId(EmulatorDefaults.BUSINESS_UNIT_ID);
            context.addRoutes(new SignupRoutes());
            context.start();

            ProducerTemplate producer = context.createProducerTemplate();
            producer.requestBody("direct:signup", Map.of("email", "ada@example.com", "value", "signed up"));

            assertThat(emulator.state().activities()).singleElement().satisfies(activity -> {
                assertThat(activity.extension()).isEqualTo("Webinar_Service");
                assertThat(activity.type()).isEqualTo("Registered");
                assertThat(activity.email()).isEqualTo("ada@example.com");
            });
            assertThat(emulator.state().activities()).extracting(RecordedActivity::value).containsExactly("signed up");
        }
    }

    /** How users write it: the mix-in gives {@code pardot(...)} inside a route builder. */
    static class SignupRoutes extends RouteBuilder implements PardotBuilders {
        @Override
        public void configure() {
            from("direct:signup").to(pardot("external-activity").extension("Webinar_Service").type("Registered"));
        }
    }

    private static final List<String> ENDPOINT_OPTIONS = ComponentCatalog.load("pardot").endpointOptions().stream()
            .map(ComponentCatalog.Entry::name).toList();

    /** Every option value of the catalog, as the generated endpoint configurer reads it. */
    private static Map<String, Object> options(CamelContext context, PardotEndpoint endpoint) {
        PropertyConfigurer configurer = endpoint.getComponent().getEndpointPropertyConfigurer();
        assertThat(configurer).as("the generated configurer of " + endpoint.getClass().getName())
                .isInstanceOf(PropertyConfigurerGetter.class);
        PropertyConfigurerGetter getter = (PropertyConfigurerGetter) configurer;
        Map<String, Object> values = new TreeMap<>();
        for (String name : ENDPOINT_OPTIONS) {
            Object value = getter.getOptionValue(endpoint, name, false);
            values.put(name, value == null ? null : value.toString());
        }
        return values;
    }
}
