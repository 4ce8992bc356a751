package dev.camelpardot.emulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static dev.camelpardot.emulator.EmulatorDefaults.BUSINESS_UNIT_ID;
import static org.assertj.core.api.Assertions.assertThat;

class ToolingApiTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(EMULATOR.emulator());
    }

    @Test
    void createsAnExtensionWithDefaults() {
        TestHttp.Response created = api.tooling("POST", "/sobjects/MarketingAppExtension/", "{\"MasterLabel\":\"Webinar Service\"}");

        assertThat(created.status()).isEqualTo(201);
        Map<String, Object> body = created.object();
        assertThat(body).containsEntry("success", true).containsEntry("errors", List.of());
        String id = (String) body.get("id");
        assertThat(id).hasSize(18).startsWith("0XM");

        TestHttp.Response read = api.tooling("GET", "/sobjects/MarketingAppExtension/" + id, null);
        assertThat(read.status()).isEqualTo(200);
        Map<String, Object> record = read.object();
        assertThat(record.get("attributes")).isEqualTo(Map.of("type", "MarketingAppExtension",
                "url", "/services/data/v60.0/tooling/sobjects/MarketingAppExtension/" + id));
        assertThat(record).containsEntry("Id", id).containsEntry("MasterLabel", "Webinar Service")
                .containsEntry("DeveloperName", "Webinar_Service").containsEntry("IsActive", false)
                .containsEntry("Language", "en_US").containsEntry("Description", null);
        assertThat(EMULATOR.state().extension("Webinar_Service")).get().extracting(ExtensionRecord::active).isEqualTo(false);
    }

    @Test
    void patchUpdatesAndActivates() {
        String id = createExtension("Webinar");
        TestHttp.Response patched = api.tooling("PATCH", "/sobjects/MarketingAppExtension/" + id,
                "{\"IsActive\":true,\"Description\":\"from the test\",\"MasterLabel\":\"Webinars\"}");
        assertThat(patched.status()).isEqualTo(204);
        assertThat(patched.body()).isEmpty();
        assertThat(EMULATOR.state().extensions()).singleElement().satisfies(extension -> {
            assertThat(extension.active()).isTrue();
            assertThat(extension.description()).isEqualTo("from the test");
            assertThat(extension.label()).isEqualTo("Webinars");
            assertThat(extension.developerName()).isEqualTo("Webinar");
        });
    }

    @Test
    void activityTypeNeedsAnExistingExtension() {
        String extensionId = createExtension("Webinar");
        TestHttp.Response created = api.tooling("POST", "/sobjects/MarketingAppExtActivity",
                "{\"MarketingAppExtensionId\":\"" + extensionId + "\",\"MasterLabel\":\"Registered\",\"DeveloperName\":\"Registered\",\"IsActive\":true}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat((String) created.object().get("id")).startsWith("0XN");
        assertThat(EMULATOR.state().activityType("Webinar", "Registered")).get()
                .extracting(ActivityTypeRecord::active, ActivityTypeRecord::extensionId).containsExactly(true, extensionId);

        assertError(api.tooling("POST", "/sobjects/MarketingAppExtActivity", "{\"MasterLabel\":\"Attended\"}"),
                400, "REQUIRED_FIELD_MISSING", "MarketingAppExtensionId");
        assertError(api.tooling("POST", "/sobjects/MarketingAppExtActivity",
                "{\"MarketingAppExtensionId\":\"0XMEMULATOR99999AA\",\"MasterLabel\":\"Attended\"}"),
                400, "INVALID_CROSS_REFERENCE_KEY", "MarketingAppExtensionId");
        assertError(api.tooling("POST", "/sobjects/MarketingAppExtActivity",
                "{\"MarketingAppExtensionId\":\"" + BUSINESS_UNIT_ID + "\",\"MasterLabel\":\"Attended\"}"),
                400, "MALFORMED_ID", "MarketingAppExtensionId");
    }

    @Test
    void activityTypeCannotMoveToAnotherExtension() {
        String first = createExtension("First");
        String second = createExtension("Second");
        String type = (String) api.tooling("POST", "/sobjects/MarketingAppExtActivity",
                "{\"MarketingAppExtensionId\":\"" + first + "\",\"MasterLabel\":\"Registered\"}").object().get("id");

        assertError(api.tooling("PATCH", "/sobjects/MarketingAppExtActivity/" + type,
                "{\"MarketingAppExtensionId\":\"" + second + "\"}"), 400, "INVALID_FIELD_FOR_INSERT_UPDATE", "MarketingAppExtensionId");
        assertThat(api.tooling("PATCH", "/sobjects/MarketingAppExtActivity/" + type, "{\"DeveloperName\":\"Signed_Up\"}").status())
                .as("DeveloperName of a type is updatable").isEqualTo(204);
        assertThat(EMULATOR.state().activityType("First", "Signed_Up")).isPresent();
    }

    @Test
    void assignmentCanBeCreatedAndDeleted() {
        String extensionId = createExtension("Webinar");
        TestHttp.Response created = api.tooling("POST", "/sobjects/MarketingAppExtAssignment",
                "{\"MarketingAppExtensionId\":\"" + extensionId + "\",\"ParentId\":\"" + BUSINESS_UNIT_ID + "\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = (String) created.object().get("id");
        assertThat(id).startsWith("0XO");
        assertThat(EMULATOR.state().assignments()).containsExactly(new AssignmentRecord(id, extensionId, BUSINESS_UNIT_ID));

        assertError(api.tooling("POST", "/sobjects/MarketingAppExtAssignment",
                "{\"MarketingAppExtensionId\":\"" + extensionId + "\",\"ParentId\":\"" + BUSINESS_UNIT_ID + "\"}"),
                400, "DUPLICATE_VALUE", "ParentId");

        assertThat(api.tooling("DELETE", "/sobjects/MarketingAppExtAssignment/" + id, null).status()).isEqualTo(204);
        assertThat(EMULATOR.state().assignments()).isEmpty();
        assertError(api.tooling("GET", "/sobjects/MarketingAppExtAssignment/" + id, null), 404, "NOT_FOUND", null);
        assertError(api.tooling("DELETE", "/sobjects/MarketingAppExtAssignment/" + id, null), 404, "NOT_FOUND", null);
    }

    @Test
    void assignmentNeedsAnExistingBusinessUnit() {
        String extensionId = createExtension("Webinar");
        assertError(api.tooling("POST", "/sobjects/MarketingAppExtAssignment",
                "{\"MarketingAppExtensionId\":\"" + extensionId + "\",\"ParentId\":\"0UvEMULATOR99999AA\"}"),
                400, "INVALID_CROSS_REFERENCE_KEY", "ParentId");
        assertError(api.tooling("POST", "/sobjects/MarketingAppExtAssignment", "{\"MarketingAppExtensionId\":\"" + extensionId + "\"}"),
                400, "REQUIRED_FIELD_MISSING", "ParentId");
    }

    @Test
    void extensionsAndActivityTypesCannotBeDeleted() {
        String extensionId = createExtension("Webinar");
        String typeId = EMULATOR.state().seedActivityType("Webinar", "Registered", "Registered", false);
        TestHttp.Response extension = api.tooling("DELETE", "/sobjects/MarketingAppExtension/" + extensionId, null);
        assertError(extension, 405, "METHOD_NOT_ALLOWED", null);
        assertThat((String) extension.firstError().get("message")).isEqualTo("HTTP Method 'DELETE' not allowed. Allowed are GET,PATCH");
        assertError(api.tooling("DELETE", "/sobjects/MarketingAppExtActivity/" + typeId, null), 405, "METHOD_NOT_ALLOWED", null);
        assertThat(EMULATOR.state().extensions()).hasSize(1);
        assertThat(EMULATOR.state().activityTypes()).hasSize(1);
    }

    @Test
    void unknownAndReadOnlyFieldsAreRejected() {
        assertError(api.tooling("POST", "/sobjects/MarketingAppExtension", "{\"MasterLabel\":\"W\",\"Colour\":\"red\"}"),
                400, "INVALID_FIELD", null);
        assertError(api.tooling("POST", "/sobjects/MarketingAppExtension", "{\"MasterLabel\":\"W\",\"Id\":\"0XMEMULATOR00009AA\"}"),
                400, "INVALID_FIELD_FOR_INSERT_UPDATE", "Id");
        String id = createExtension("Webinar");
        assertError(api.tooling("PATCH", "/sobjects/MarketingAppExtension/" + id, "{\"Colour\":\"red\"}"), 400, "INVALID_FIELD", null);
        assertError(api.tooling("PATCH", "/sobjects/MarketingAppExtension/" + id, "{\"NamespacePrefix\":\"x\"}"),
                400, "INVALID_FIELD_FOR_INSERT_UPDATE", "NamespacePrefix");
    }

    @Test
    void fieldNamesIgnoreCaseAndAttributesAreTolerated() {
        TestHttp.Response created = api.tooling("POST", "/sobjects/MarketingAppExtension",
                "{\"attributes\":{\"type\":\"MarketingAppExtension\"},\"masterlabel\":\"W\",\"isactive\":true}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(EMULATOR.state().extension("W")).get().extracting(ExtensionRecord::active).isEqualTo(true);
    }

    @Test
    void requiredLabelAndTypedValues() {
        assertError(api.tooling("POST", "/sobjects/MarketingAppExtension", "{\"DeveloperName\":\"W\"}"), 400, "REQUIRED_FIELD_MISSING", "MasterLabel");
        assertError(api.tooling("POST", "/sobjects/MarketingAppExtension", "{\"MasterLabel\":\"W\",\"IsActive\":\"yes\"}"),
                400, "JSON_PARSER_ERROR", "IsActive");
        assertError(api.tooling("POST", "/sobjects/MarketingAppExtension", "{\"MasterLabel\":\"W\",\"Language\":\"xx\"}"),
                400, "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", "Language");
        String id = createExtension("Webinar");
        assertError(api.tooling("PATCH", "/sobjects/MarketingAppExtension/" + id, "{\"MasterLabel\":null}"),
                400, "REQUIRED_FIELD_MISSING", "MasterLabel");
    }

    @Test
    void duplicateDeveloperNameIsRejectedIgnoringCase() {
        createExtension("Webinar");
        assertError(api.tooling("POST", "/sobjects/MarketingAppExtension", "{\"MasterLabel\":\"Other\",\"DeveloperName\":\"WEBINAR\"}"),
                400, "DUPLICATE_DEVELOPER_NAME", "DeveloperName");
        String other = createExtension("Other");
        assertError(api.tooling("PATCH", "/sobjects/MarketingAppExtension/" + other, "{\"DeveloperName\":\"webinar\"}"),
                400, "DUPLICATE_DEVELOPER_NAME", "DeveloperName");
        assertThat(api.tooling("POST", "/sobjects/MarketingAppExtension", "{\"MasterLabel\":\"Webinar\"}").status())
                .as("a generated name avoids the taken one").isEqualTo(201);
        assertThat(EMULATOR.state().extension("Webinar_1")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1Webinar", "Web inar", "Webinar_", "Web__inar", "Webinär", "abcdefghijabcdefghijabcdefghijabcdefghijX"})
    void malformedDeveloperNameNamesTheRule(String name) {
        TestHttp.Response response = api.tooling("POST", "/sobjects/MarketingAppExtension",
                "{\"MasterLabel\":\"W\",\"DeveloperName\":" + Json.quote(name) + "}");
        assertError(response, 400, "FIELD_INTEGRITY_EXCEPTION", "DeveloperName");
        assertThat((String) response.firstError().get("message")).contains("API Name");
    }

    @Test
    void malformedBodiesAndContentTypes() {
        assertError(api.tooling("POST", "/sobjects/MarketingAppExtension", "{\"MasterLabel\":"), 400, "JSON_PARSER_ERROR", null);
        assertError(api.tooling("POST", "/sobjects/MarketingAppExtension", "[]"), 400, "JSON_PARSER_ERROR", null);
        assertError(api.tooling("POST", "/sobjects/MarketingAppExtension", ""), 400, "JSON_PARSER_ERROR", null);
        TestHttp.Response form = api.http.send("POST", "/services/data/v60.0/tooling/sobjects/MarketingAppExtension",
                "application/x-www-form-urlencoded", "MasterLabel=W", "Authorization", "Bearer " + api.token);
        assertError(form, 415, "UNSUPPORTED_MEDIA_TYPE", null);
    }

    @Test
    void unknownIdsObjectsAndVersionsAreNotFound() {
        assertError(api.tooling("GET", "/sobjects/MarketingAppExtension/0XMEMULATOR99999AA", null), 404, "NOT_FOUND", null);
        assertError(api.tooling("PATCH", "/sobjects/MarketingAppExtension/0XMEMULATOR99999AA", "{\"IsActive\":true}"), 404, "NOT_FOUND", null);
        assertError(api.tooling("GET", "/sobjects/Account/001000000000000AAA", null), 404, "NOT_FOUND", null);
        assertError(api.http.send("GET", "/services/data/v52.0/tooling/sobjects/PardotTenant/" + BUSINESS_UNIT_ID, null, null,
                "Authorization", "Bearer " + api.token), 404, "NOT_FOUND", null);
        assertThat(api.http.send("GET", "/services/data/v65.0/tooling/sobjects/PardotTenant/" + BUSINESS_UNIT_ID, null, null,
                "Authorization", "Bearer " + api.token).status()).isEqualTo(200);
    }

    @Test
    void theDefaultBusinessUnitExists() {
        TestHttp.Response tenant = api.tooling("GET", "/sobjects/PardotTenant/" + BUSINESS_UNIT_ID, null);
        assertThat(tenant.status()).isEqualTo(200);
        assertThat(tenant.object()).containsEntry("Id", BUSINESS_UNIT_ID).containsEntry("PardotTenantName", "Emulator Business Unit")
                .containsEntry("CreationStatus", "Created");
        assertThat(EMULATOR.state().businessUnits()).containsExactly(new BusinessUnitRecord(BUSINESS_UNIT_ID, "Emulator Business Unit"));
    }

    @Test
    void queriesFilterSortAndLimit() {
        EMULATOR.state().seedExtension("Webinar", "Webinar", true);
        EMULATOR.state().seedExtension("Ebook", "Ebook", false);
        EMULATOR.state().seedExtension("Survey", "Survey", true);

        Map<String, Object> all = query("SELECT Id, DeveloperName FROM MarketingAppExtension ORDER BY DeveloperName");
        assertThat(all).containsEntry("size", 3L).containsEntry("totalSize", 3L).containsEntry("done", true);
        assertThat(names(all)).containsExactly("Ebook", "Survey", "Webinar");

        assertThat(names(query("SELECT DeveloperName FROM MarketingAppExtension WHERE IsActive = true ORDER BY DeveloperName DESC")))
                .containsExactly("Webinar", "Survey");
        assertThat(names(query("SELECT DeveloperName FROM MarketingAppExtension WHERE DeveloperName = 'webinar'")))
                .as("string comparison ignores case").containsExactly("Webinar");
        assertThat(names(query("select DeveloperName from MarketingAppExtension where DeveloperName IN ('Ebook','Survey') and IsActive = TRUE")))
                .containsExactly("Survey");
        assertThat(names(query("SELECT DeveloperName FROM MarketingAppExtension WHERE DeveloperName != 'Ebook' ORDER BY DeveloperName LIMIT 1")))
                .containsExactly("Survey");
        assertThat(names(query("SELECT DeveloperName FROM MarketingAppExtension WHERE Description = null AND IsActive = false")))
                .containsExactly("Ebook");

        Map<String, Object> record = records(query("SELECT DeveloperName FROM MarketingAppExtension WHERE DeveloperName = 'Ebook'")).get(0);
        assertThat(record.keySet()).containsExactly("attributes", "DeveloperName");
        assertThat(((Map<?, ?>) record.get("attributes")).get("type")).isEqualTo("MarketingAppExtension");
    }

    @Test
    void queriesFollowRelationships() {
        EMULATOR.state().seedReadySetup("Webinar", "Registered");
        Map<String, Object> row = records(query("SELECT Id, DeveloperName, MarketingAppExtension.DeveloperName, MarketingAppExtensionId"
                + " FROM MarketingAppExtActivity WHERE MarketingAppExtension.DeveloperName = 'Webinar'")).get(0);
        assertThat(row.get("DeveloperName")).isEqualTo("Registered");
        assertThat(((Map<?, ?>) row.get("MarketingAppExtension")).get("DeveloperName")).isEqualTo("Webinar");

        Map<String, Object> assignment = records(query("SELECT Id, ParentId, Parent.PardotTenantName FROM MarketingAppExtAssignment"
                + " WHERE ParentId = '" + BUSINESS_UNIT_ID + "'")).get(0);
        assertThat(((Map<?, ?>) assignment.get("Parent")).get("PardotTenantName")).isEqualTo("Emulator Business Unit");
    }

    @Test
    void queryErrorsAreSalesforceShaped() {
        assertError(queryResponse("SELECT Id FROM Account"), 400, "INVALID_TYPE", null);
        assertError(queryResponse("SELECT Colour FROM MarketingAppExtension"), 400, "INVALID_FIELD", null);
        assertError(queryResponse("SELECT Id FROM MarketingAppExtension WHERE IsActive = 'true'"), 400, "INVALID_FIELD", null);
        assertError(queryResponse("SELECT Id FROM MarketingAppExtension WHERE DeveloperName = true"), 400, "INVALID_FIELD", null);
        assertError(queryResponse("SELECT Id FROM MarketingAppExtActivity WHERE Foo.Bar = 'x'"), 400, "INVALID_FIELD", null);
        assertError(queryResponse("SELECT FROM"), 400, "MALFORMED_QUERY", null);
        assertError(api.tooling("GET", "/query/", null), 400, "MALFORMED_QUERY", null);
        assertError(api.tooling("POST", "/query/?q=SELECT+Id+FROM+PardotTenant", "{}"), 405, "METHOD_NOT_ALLOWED", null);
    }

    private String createExtension(String developerName) {
        TestHttp.Response response = api.tooling("POST", "/sobjects/MarketingAppExtension",
                "{\"MasterLabel\":" + Json.quote(developerName) + ",\"DeveloperName\":" + Json.quote(developerName) + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return (String) response.object().get("id");
    }

    private TestHttp.Response queryResponse(String soql) {
        return api.tooling("GET", "/query/?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8), null);
    }

    private Map<String, Object> query(String soql) {
        TestHttp.Response response = queryResponse(soql);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.object();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> records(Map<String, Object> result) {
        return (List<Map<String, Object>>) result.get("records");
    }

    private static List<Object> names(Map<String, Object> result) {
        return records(result).stream().map(r -> r.get("DeveloperName")).toList();
    }

    @SuppressWarnings("unchecked")
    static void assertError(TestHttp.Response response, int status, String errorCode, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        Map<String, Object> error = response.firstError();
        assertThat(error).containsEntry("errorCode", errorCode).containsKey("message").containsKey("fields");
        if (field != null) {
            assertThat((List<Object>) error.get("fields")).contains(field);
        }
    }
}
