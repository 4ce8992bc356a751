package dev.camelpardot.emulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.camelpardot.emulator.EmulatorDefaults.BUSINESS_UNIT_ID;
import static dev.camelpardot.emulator.EmulatorDefaults.BUSINESS_UNIT_NAME;
import static dev.camelpardot.emulator.ToolingApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** The REST data API beside the Tooling API: versions, the business units through query and sobjects/PardotTenant. */
class DataApiTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(EMULATOR.emulator());
    }

    @Test
    void versionsAreListedWithoutAToken() {
        TestHttp.Response versions = api.http.send("GET", "/services/data/", null, null);
        assertThat(versions.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) versions.json();
        assertThat(list.get(0)).containsEntry("version", "53.0").containsEntry("url", "/services/data/v53.0");
        assertThat(list.get(list.size() - 1)).containsEntry("version", ApiVersions.LATEST + ".0").containsKey("label");
    }

    @Test
    void businessUnitsAreQueriedThroughTheDataApi() {
        EMULATOR.state().addBusinessUnit("0UvEMULATOR00042AA", "EMEA");
        TestHttp.Response response = data("GET", "/query?q=" + UrlEncoded.encode(
                "SELECT Id, PardotTenantName FROM PardotTenant ORDER BY PardotTenantName"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.object().keySet()).containsExactly("totalSize", "done", "records");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> records = (List<Map<String, Object>>) response.object().get("records");
        assertThat(records).extracting(r -> r.get("PardotTenantName")).containsExactly("EMEA", BUSINESS_UNIT_NAME);
        assertThat(records.get(1).get("attributes")).isEqualTo(Map.of("type", "PardotTenant",
                "url", "/services/data/v60.0/sobjects/PardotTenant/" + BUSINESS_UNIT_ID));
    }

    @Test
    void theDataApiServesOnlyPardotTenant() {
        assertError(data("GET", "/query?q=" + UrlEncoded.encode("SELECT Id FROM MarketingAppExtension")),
                400, "INVALID_TYPE", null);
        assertError(data("GET", "/sobjects/MarketingAppExtension/describe"), 404, "NOT_FOUND", null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sobjects = (List<Map<String, Object>>) data("GET", "/sobjects").object().get("sobjects");
        assertThat(sobjects).extracting(o -> o.get("name")).containsExactly("PardotTenant");
        assertError(api.http.send("GET", "/services/data/v60.0/query?q=SELECT+Id+FROM+PardotTenant", null, null),
                401, "INVALID_SESSION_ID", null);
    }

    @Test
    void aBusinessUnitRecordHasTheDocumentedFields() {
        TestHttp.Response record = data("GET", "/sobjects/PardotTenant/" + BUSINESS_UNIT_ID);
        assertThat(record.status()).as(record.body()).isEqualTo(200);
        assertThat(record.object()).containsEntry("Id", BUSINESS_UNIT_ID).containsEntry("PardotTenantName", BUSINESS_UNIT_NAME)
                .containsEntry("CreationStatus", "Created").containsEntry("InitialPardotAdminId", EmulatorDefaults.USER_ID)
                .containsEntry("PardotTenantStatusCode", null).containsKeys("PardotTenantId", "DeveloperName", "MasterLabel");
        assertThat(record.object().get("PardotTenantId")).isNotNull();
        TestHttp.Response soql = api.tooling("GET", "/query/?q=" + UrlEncoded.encode(
                "SELECT PardotTenantId, InitialPardotAdminId, PardotTenantStatusCode FROM PardotTenant"), null);
        assertThat(soql.status()).as(soql.body()).isEqualTo(200);
    }

    @Test
    void pardotTenantDescribeHasTheDocumentedFields() {
        TestHttp.Response describe = data("GET", "/sobjects/PardotTenant/describe");
        assertThat(describe.status()).as(describe.body()).isEqualTo(200);
        Map<String, Object> body = describe.object();
        assertThat(body).containsEntry("name", "PardotTenant").containsEntry("keyPrefix", "0Uv").containsEntry("queryable", true)
                .containsEntry("custom", false).containsKeys("label", "labelPlural", "urls", "childRelationships");
        Map<String, Map<String, Object>> fields = fields(body);
        assertThat(fields).containsKeys("Id", "CreationStatus", "DeveloperName", "InitialPardotAdminId", "Language",
                "MasterLabel", "PardotTenantId", "PardotTenantName", "PardotTenantStatusCode");
        assertThat(fields.get("InitialPardotAdminId")).containsEntry("type", "reference")
                .containsEntry("referenceTo", List.of("User")).containsEntry("relationshipName", "InitialPardotAdmin");
        assertThat(fields.get("CreationStatus")).containsEntry("restrictedPicklist", true);
        assertThat((List<?>) fields.get("CreationStatus").get("picklistValues")).hasSize(10);
    }

    @Test
    void toolingDescribeFieldsCarryTheDocumentedMembers() {
        TestHttp.Response describe = api.tooling("GET", "/sobjects/MarketingAppExtActivity/describe", null);
        Map<String, Map<String, Object>> fields = fields(describe.object());
        assertThat(fields.get("DeveloperName")).containsEntry("soapType", "xsd:string").containsEntry("length", 40L)
                .containsEntry("filterable", true).containsEntry("sortable", true).containsEntry("createable", true)
                .containsKeys("label", "groupable", "defaultedOnCreate", "unique", "custom", "picklistValues");
        assertThat(fields.get("IsActive")).containsEntry("defaultValue", false).containsEntry("defaultedOnCreate", true);
        assertThat(describe.object().get("urls")).isEqualTo(Map.of(
                "sobject", "/services/data/v60.0/tooling/sobjects/MarketingAppExtActivity",
                "describe", "/services/data/v60.0/tooling/sobjects/MarketingAppExtActivity/describe",
                "rowTemplate", "/services/data/v60.0/tooling/sobjects/MarketingAppExtActivity/{ID}"));
    }

    @Test
    void headAnswersLikeGetWithoutABodyWhereTheObjectListsIt() {
        String extensionId = EMULATOR.state().seedReadySetup("Webinar", "Registered");
        String typeId = EMULATOR.state().activityType("Webinar", "Registered").orElseThrow().id();
        String assignmentId = EMULATOR.state().assignments().get(0).id();

        assertHead(api.tooling("HEAD", "/sobjects/MarketingAppExtActivity/" + typeId, null), 200);
        assertHead(api.tooling("HEAD", "/sobjects/MarketingAppExtAssignment/" + assignmentId, null), 200);
        assertHead(api.tooling("HEAD", "/sobjects/PardotTenant/" + BUSINESS_UNIT_ID, null), 200);
        assertHead(data("HEAD", "/sobjects/PardotTenant/" + BUSINESS_UNIT_ID), 200);
        assertHead(api.tooling("HEAD", "/sobjects/MarketingAppExtActivity/describe", null), 200);
        assertHead(api.tooling("HEAD", "/sobjects/MarketingAppExtActivity/0XNEMULATOR99999AA", null), 404);
        assertHead(api.tooling("HEAD", "/sobjects/MarketingAppExtension/" + extensionId, null), 405);
    }

    private TestHttp.Response data(String method, String path) {
        return api.http.send(method, "/services/data/v60.0" + path, null, null, "Authorization", "Bearer " + api.token);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> fields(Map<String, Object> describe) {
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        for (Map<String, Object> field : (List<Map<String, Object>>) describe.get("fields")) {
            byName.put((String) field.get("name"), field);
        }
        return byName;
    }

    private static void assertHead(TestHttp.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).isEmpty();
    }
}
