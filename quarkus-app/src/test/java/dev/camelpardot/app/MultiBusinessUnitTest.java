package dev.camelpardot.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.camelpardot.emulator.EmulatorDefaults;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Events name their business unit; each unit has its own slots, cap and pause. */
@QuarkusTest
@TestProfile(MultiUnitProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiBusinessUnitTest {

    private static final String DEFAULT = EmulatorDefaults.BUSINESS_UNIT_ID;
    private static final String EMEA = EmulatorTestResource.EMEA;

    @Test
    @Order(1)
    void theSetupAssignsTheExtensionToEveryUnitAndEachEventGoesToItsOwn() {
        List<Map<String, Object>> assignments = given().baseUri(EmulatorAdmin.baseUrl()).get("/emulator/state")
                .then().extract().jsonPath().getList("assignments");
        assertThat(assignments).extracting(a -> a.get("businessUnitId")).contains(DEFAULT, EMEA);

        App.post(IntStream.rangeClosed(1, 20).mapToObj(i -> i % 2 == 0 ? forUnit("unit-" + i, EMEA)
                : App.activity("ada@example.com", "unit-" + i)).collect(Collectors.joining(",", "[", "]")))
                .statusCode(202);

        await().atMost(Duration.ofSeconds(30)).until(() -> EmulatorAdmin.distinctValuesWithPrefix("unit-") == 20);
        Map<String, String> unitByValue = EmulatorAdmin.activitiesWithValuePrefix("unit-").stream()
                .collect(Collectors.toMap(a -> String.valueOf(a.get("value")), a -> String.valueOf(a.get("businessUnitId"))));
        IntStream.rangeClosed(1, 20).forEach(i ->
                assertThat(unitByValue.get("unit-" + i)).isEqualTo(i % 2 == 0 ? EMEA : DEFAULT));
        assertThat(App.status().get("businessUnits")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsOnlyKeys(DEFAULT, EMEA);
        Map<String, Object> peaks = given().baseUri(EmulatorAdmin.baseUrl()).get("/emulator/state").then().extract()
                .jsonPath().getMap("maxInFlight.byBusinessUnit");
        assertThat(peaks.values()).allSatisfy(peak -> assertThat(((Number) peak).intValue()).isLessThanOrEqualTo(5));
    }

    @Test
    @Order(2)
    void anEventForAUnitTheAppDoesNotKnowIsRefusedNamingTheField() {
        App.post(forUnit("unknown-unit-1", "0UvNOTCONFIGURED1A")).statusCode(400)
                .body("rejected[0].field", org.hamcrest.Matchers.equalTo("businessUnitId"))
                .body("rejected[0].reason", org.hamcrest.Matchers.containsString("pardot.business-units"));
        App.post(forUnit("unknown-unit-2", "EMEA")).statusCode(400)
                .body("rejected[0].reason", org.hamcrest.Matchers.containsString("18-character"));
        assertThat(EmulatorAdmin.activitiesWithValuePrefix("unknown-unit-")).isEmpty();
    }

    @Test
    @Order(3)
    void aPausedUnitDoesNotStallTheOther() {
        // four calls per unit from now on (setting the limit starts the count again)
        EmulatorAdmin.configure(Map.of("dailyLimit", 4));
        try {
            App.post(IntStream.rangeClosed(1, 10).mapToObj(i -> forUnit("stalled-" + i, EMEA))
                    .collect(Collectors.joining(",", "[", "]"))).statusCode(202);
            await().atMost(Duration.ofSeconds(20)).until(() -> "paused".equals(App.unitStatus(EMEA).get("delivery")));
            assertThat(App.unitStatus(EMEA).get("cause")).isEqualTo("daily_limit");

            App.post("[" + App.activity("ada@example.com", "flowing-1") + "," + App.activity("ada@example.com", "flowing-2")
                     + "]").statusCode(202);
            await().atMost(Duration.ofSeconds(20)).until(() -> EmulatorAdmin.distinctValuesWithPrefix("flowing-") == 2);
            assertThat(App.unitStatus(DEFAULT).get("delivery")).isEqualTo("running");
            assertThat(EmulatorAdmin.distinctValuesWithPrefix("stalled-")).isEqualTo(4);
        } finally {
            EmulatorAdmin.configure(Map.of("dailyLimit", 0));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> EmulatorAdmin.distinctValuesWithPrefix("stalled-") == 10);
        assertThat(App.deadLetters("stalled-")).isEmpty();
    }

    private static String forUnit(String value, String businessUnitId) {
        return "{\"email\":\"ada@example.com\",\"value\":\"" + value + "\",\"businessUnitId\":\"" + businessUnitId + "\"}";
    }
}
