package dev.camelpardot.emulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelpardot.emulator.EmulatorDefaults.BUSINESS_UNIT_ID;
import static dev.camelpardot.emulator.ExternalActivityCreateTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v5/objects/prospects/do/upsertLatestByEmail}. */
class ProspectUpsertTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    private static final String UPSERT = "/api/v5/objects/prospects/do/upsertLatestByEmail";

    private ApiClient api;

    @BeforeEach
    void setUp() {
        EMULATOR.state().seedReadySetup("Webinar", "Registered");
        EMULATOR.config().unknownEmailPolicy(UnknownEmailPolicy.ACCEPT);
        api = new ApiClient(EMULATOR.emulator());
    }

    @Test
    void createsThenUpdatesTheProspectOfAnAddress() {
        TestHttp.Response created = api.v5Post(UPSERT,
                "{\"matchEmail\":\"new@example.com\",\"prospect\":{\"email\":\"new@example.com\",\"firstName\":\"Ann\"}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.object().keySet()).containsExactly("id", "email");
        assertThat(created.object()).containsEntry("email", "new@example.com");
        long id = ((Number) created.object().get("id")).longValue();

        TestHttp.Response updated = api.v5Post(UPSERT, "{\"matchEmail\":\"NEW@example.com\",\"prospect\":{\"company\":\"Acme\"},"
                + "\"fields\":[\"id\",\"firstName\",\"company\",\"createdAt\"],\"secondaryDeletedSearch\":true}");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.object()).containsEntry("id", id).containsEntry("firstName", "Ann").containsEntry("company", "Acme");
        assertThat(updated.object().get("createdAt")).isNotNull();

        assertThat(EMULATOR.state().prospects()).containsExactly("new@example.com");
        assertThat(EMULATOR.state().prospect("new@example.com")).get().satisfies(prospect -> {
            assertThat(prospect.id()).isEqualTo(id);
            assertThat(prospect.fields()).containsEntry("firstName", "Ann").containsEntry("company", "Acme");
        });
    }

    @Test
    void anUpsertedAddressIsAKnownProspectForActivities() {
        EMULATOR.config().unknownEmailPolicy(UnknownEmailPolicy.REJECT);
        String activity = ApiClient.activity("Webinar", "Registered", "late@example.com", "v");
        assertError(api.createActivity(activity), 400, 4, "late@example.com");

        TestHttp.Response upsert = api.v5Post(UPSERT, "{\"matchEmail\":\"late@example.com\",\"prospect\":{}}");
        assertThat(upsert.status()).as(upsert.body()).isEqualTo(201);
        TestHttp.Response accepted = api.createActivity(activity);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(EMULATOR.state().activities()).singleElement()
                .extracting(RecordedActivity::prospectId).isEqualTo(((Number) upsert.object().get("id")).longValue());
    }

    @Test
    void theProspectKeepsTheIdItsActivitiesAlreadyCarry() {
        TestHttp.Response created = api.createActivity(ApiClient.activity("Webinar", "Registered", "early@example.com", "v"));
        long prospectId = EMULATOR.state().activities().get(0).prospectId();
        assertThat(created.status()).isEqualTo(201);

        TestHttp.Response upsert = api.v5Post(UPSERT, "{\"matchEmail\":\"early@example.com\",\"prospect\":{}}");
        assertThat(upsert.object()).containsEntry("id", prospectId);
    }

    @Test
    void aProspectEmailOtherThanTheMatchChangesTheAddress() {
        api.v5Post(UPSERT, "{\"matchEmail\":\"old@example.com\",\"prospect\":{}}");
        TestHttp.Response moved = api.v5Post(UPSERT,
                "{\"matchEmail\":\"old@example.com\",\"prospect\":{\"email\":\"moved@example.com\"},\"fields\":\"id,email\"}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.object()).containsEntry("email", "moved@example.com");
        assertThat(EMULATOR.state().prospects()).containsExactly("moved@example.com");
    }

    @Test
    void theBodyIsChecked() {
        assertError(api.v5Post(UPSERT, "{\"prospect\":{}}"), 400, 153, "matchEmail");
        assertError(api.v5Post(UPSERT, "{\"matchEmail\":\"a@example.com\"}"), 400, 153, "prospect");
        assertError(api.v5Post(UPSERT, "{\"matchEmail\":\"not-an-address\",\"prospect\":{}}"), 400, 4, "email");
        assertError(api.v5Post(UPSERT, "{\"matchEmail\":\"a@example.com\",\"prospect\":{\"email\":\"x@\"}}"), 400, 4, "email");
        assertError(api.v5Post(UPSERT, "{\"matchEmail\":\"a@example.com\",\"prospect\":[]}"), 400, 154, "prospect");
        assertError(api.v5Post(UPSERT, "{\"matchEmail\":\"a@example.com\",\"prospect\":{\"id\":5}}"), 400, 154, "read-only");
        assertError(api.v5Post(UPSERT, "{\"matchEmail\":\"a@example.com\",\"prospect\":{},\"colour\":1}"), 400, 154, "colour");
        assertError(api.http.send("POST", UPSERT, "text/plain", "{}", "Authorization", "Bearer " + api.token,
                "Pardot-Business-Unit-Id", BUSINESS_UNIT_ID), 400, 151, "Content-Type");
        assertThat(EMULATOR.state().prospects()).isEmpty();
    }

    @Test
    void passesTheGatesOfEveryV5Call() {
        TestHttp.Response noToken = api.http.send("POST", UPSERT, "application/json",
                "{\"matchEmail\":\"a@example.com\",\"prospect\":{}}", "Pardot-Business-Unit-Id", BUSINESS_UNIT_ID);
        assertError(noToken, 401, 184, "access_token");
        TestHttp.Response get = api.v5Get(UPSERT);
        assertThat(get.status()).isEqualTo(405);
        assertThat(get.header("Allow")).isEqualTo("POST");
        assertThat(api.v5Post("/api/v5/objects/prospects", "{}").status()).isEqualTo(404);
        api.v5Post(UPSERT, "{\"matchEmail\":\"a@example.com\",\"prospect\":{}}");
        assertThat(EMULATOR.state().dailyUsage(BUSINESS_UNIT_ID)).as("the upsert counts; refused requests do not")
                .isEqualTo(1);
        assertThat(EMULATOR.state().responses()).containsEntry("201", 1L);
    }
}
