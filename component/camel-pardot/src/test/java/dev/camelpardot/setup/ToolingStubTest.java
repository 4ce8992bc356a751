package dev.camelpardot.setup;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.camelpardot.api.HttpTransport;
import dev.camelpardot.api.PardotApi;
import dev.camelpardot.api.PardotValidationException;
import dev.camelpardot.api.RetryPolicy;
import dev.camelpardot.api.StubServer;
import dev.camelpardot.api.TestThreads;
import dev.camelpardot.api.TransportSettings;
import dev.camelpardot.auth.OAuthSettings;
import dev.camelpardot.auth.TokenSession;
import dev.camelpardot.model.Extension;
import dev.camelpardot.model.ExtensionSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tooling answers the emulator does not give (a query result over several pages), and checks made before any call. */
class ToolingStubTest {

    private static final String PAGE_2 = "/services/data/v62.0/tooling/query/01gNEXT-2000";
    private static final String PAGE_3 = "/services/data/v62.0/tooling/query/01gNEXT-4000";

    private StubServer server;
    private HttpTransport transport;
    private TokenSession session;
    private PardotApi api;

    @BeforeEach
    void start() throws Exception {
        server = StubServer.start(request -> {
            if (request.uri().startsWith("/services/oauth2/")) {
                return null;
            }
            if (request.uri().startsWith("/services/data/v62.0/tooling/query/?q=")) {
                return StubServer.Answer.json(200, page("0XM000000000001AAA", "Alpha", false, PAGE_2));
            }
            if (request.uri().equals(PAGE_2)) {
                return StubServer.Answer.json(200, page("0XM000000000002AAA", "Beta", false, PAGE_3));
            }
            if (request.uri().equals(PAGE_3)) {
                return StubServer.Answer.json(200, page("0XM000000000003AAA", "Gamma", true, null));
            }
            return null;
        });
        transport = TestThreads.transport(TransportSettings.defaults());
        session = new TokenSession(OAuthSettings.builder().loginUrl(server.baseUrl()).clientId("id").clientSecret("s3cret")
                .refreshToken("r3fresh").build(), transport);
        api = new PardotApi(URI.create(server.baseUrl()), URI.create(server.baseUrl()), "62.0", 5,
                new RetryPolicy(0, Duration.ZERO, Duration.ZERO, false), session, transport);
    }

    @AfterEach
    void stop() {
        api.close();
        session.close();
        transport.close();
        server.close();
    }

    @Test
    void aQueryFollowsNextRecordsUrlOverEveryPage() throws Exception {
        List<Extension> all = new ToolingRepository(api).listExtensions().get();

        assertThat(all).extracting(Extension::developerName).containsExactly("Alpha", "Beta", "Gamma");
        assertThat(server.requests()).extracting(StubServer.Seen::uri).containsSubsequence(PAGE_2, PAGE_3);
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void assignmentWithoutABusinessUnitFailsBeforeAnyCall() {
        SetupService noUnit = new SetupService(new ToolingRepository(api), null);
        String message = "businessUnitId is not set: assignment needs the business unit id (0Uv..., Setup > Business"
                         + " Unit Setup)";
        assertThatThrownBy(() -> noUnit.assign("Webinar")).isInstanceOf(PardotValidationException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> noUnit.unassign("Webinar")).isInstanceOf(PardotValidationException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> noUnit.converge(ExtensionSetup.builder("Webinar").build()))
                .isInstanceOf(PardotValidationException.class).hasMessage(message);
        SetupService blank = new SetupService(new ToolingRepository(api), " ");
        assertThatThrownBy(() -> blank.assign("Webinar")).hasMessage(message);
        assertThat(server.requests()).as("nothing was sent").isEmpty();
    }

    private static String page(String id, String name, boolean done, String next) {
        List<String> fields = new ArrayList<>();
        fields.add("\"size\":1");
        fields.add("\"totalSize\":3");
        fields.add("\"done\":" + done);
        if (next != null) {
            fields.add("\"nextRecordsUrl\":\"" + next + "\"");
        }
        fields.add("\"records\":[{\"Id\":\"" + id + "\",\"DeveloperName\":\"" + name + "\",\"MasterLabel\":\"" + name
                   + "\",\"IsActive\":true}]");
        return "{" + String.join(",", fields) + "}";
    }
}
