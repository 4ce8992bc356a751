package dev.camelpardot.camel;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.camelpardot.api.PardotApiException;
import dev.camelpardot.api.PardotValidationException;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import dev.camelpardot.model.ExternalActivity;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** external-activity read (by id header) and query (one page with a next-page token, or every page lazily). */
class ExternalActivityReadQueryTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    private final List<Object> split = new CopyOnWriteArrayList<>();
    private CamelHarness camel;

    @BeforeEach
    void setUp() throws Exception {
        EMULATOR.state().seedReadySetup("Webinar", "Registered");
        camel = CamelHarness.start(EMULATOR, c -> {
        }, new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:all")
                        .to("pardot:external-activity?operation=query&limit=4&streamResults=true")
                        .split(body()).streaming()
                        .process(e -> split.add(e.getMessage().getBody()));
            }
        });
    }

    @AfterEach
    void tearDown() {
        camel.close();
    }

    @Test
    void readById() {
        Exchange created = camel.send("pardot:external-activity?extension=Webinar&type=Registered",
                ExternalActivity.of(null, null, "read@example.com", "to read back"));
        String id = created.getMessage().getHeader(PardotConstants.ACTIVITY_ID, String.class);

        Exchange read = camel.send("pardot:external-activity?operation=read&fields=id,email,value", ex -> {
            ex.getMessage().setBody(null);
            ex.getMessage().setHeader(PardotConstants.ACTIVITY_ID, id);
        });

        assertThat(read.getException()).isNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> record = read.getMessage().getBody(Map.class);
        assertThat(record).containsEntry("email", "read@example.com").containsEntry("value", "to read back")
                .containsKeys("id").doesNotContainKeys("type");
        assertThat(String.valueOf(record.get("id"))).isEqualTo(id);
    }

    @Test
    void readWithoutIdIsRefusedBeforeAnyCall() {
        Exchange read = camel.send("pardot:external-activity?operation=read", (Object) null);

        assertThat(read.getException()).isInstanceOf(PardotValidationException.class)
                .hasMessageContaining("CamelPardotActivityId");
        assertThat(EMULATOR.state().responses()).isEmpty();
    }

    @Test
    void readOfAnUnknownIdFailsWith404() {
        Exchange read = camel.send("pardot:external-activity?operation=read", ex -> {
            ex.getMessage().setBody(null);
            ex.getMessage().setHeader(PardotConstants.ACTIVITY_ID, "999999");
        });

        assertThat(read.getException()).isInstanceOf(PardotApiException.class);
        assertThat(((PardotApiException) read.getException()).getHttpStatus()).isEqualTo(404);
    }

    @Test
    void queryPagesWithTheNextPageToken() {
        createActivities(5);
        List<Object> all = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String pageToken = token;
            Exchange page = camel.send("pardot:external-activity?operation=query&limit=2", ex -> {
                ex.getMessage().setBody(null);
                ex.getMessage().setHeader(PardotConstants.NEXT_PAGE_TOKEN, pageToken);
            });
            assertThat(page.getException()).isNull();
            List<?> values = page.getMessage().getBody(List.class);
            assertThat(values).hasSizeLessThanOrEqualTo(2).allSatisfy(v -> assertThat(v).isInstanceOf(Map.class));
            all.addAll(values);
            token = page.getMessage().getHeader(PardotConstants.NEXT_PAGE_TOKEN, String.class);
            pages++;
        } while (token != null);

        assertThat(pages).isEqualTo(3);
        assertThat(all).hasSize(5).extracting(v -> (Object) ((Map<?, ?>) v).get("email"))
                .containsExactlyInAnyOrder("q0@example.com", "q1@example.com", "q2@example.com", "q3@example.com",
                        "q4@example.com");
    }

    @Test
    void streamResultsGivesASplitterEveryRecordOfEveryPage() {
        createActivities(10);

        Exchange exchange = camel.send("direct:all", (Object) null);

        assertThat(exchange.getException()).isNull();
        assertThat(split).hasSize(10).extracting(v -> (Object) ((Map<?, ?>) v).get("value")).doesNotHaveDuplicates();
        // 10 records at 4 a page: 3 queries
        assertThat(EMULATOR.state().responseCount(200)).isEqualTo(3);
    }

    @Test
    void streamResultsBodyIsAnIteratorFetchingOnDemand() {
        createActivities(3);

        Exchange exchange = camel.send("pardot:external-activity?operation=query&limit=2&streamResults=true", (Object) null);

        Iterator<?> iterator = exchange.getMessage().getBody(Iterator.class);
        assertThat(EMULATOR.state().responseCount(200)).as("only the first page so far").isEqualTo(1);
        List<Object> all = new ArrayList<>();
        iterator.forEachRemaining(all::add);
        assertThat(all).hasSize(3);
        assertThat(EMULATOR.state().responseCount(200)).isEqualTo(2);
    }

    private void createActivities(int count) {
        for (int i = 0; i < count; i++) {
            Exchange created = camel.send("pardot:external-activity?extension=Webinar&type=Registered",
                    Map.of("email", "q" + i + "@example.com", "value", "query " + i));
            assertThat(created.getException()).isNull();
        }
        // only the queries count from here on
        assertThat(EMULATOR.state().responseCount(201)).isEqualTo(count);
    }
}
