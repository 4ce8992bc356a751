package dev.camelpardot.camel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.camelpardot.emulator.PardotEmulatorExtension;
import dev.camelpardot.emulator.RecordedActivity;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * from("pardot:external-activity"): each activity once, in id order, resuming after the last one delivered, across a
 * restart of the CamelContext when the position is kept in a file or a database table.
 */
class ExternalActivityConsumerTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    @TempDir
    Path dir;

    private CamelHarness producer;
    private final List<CamelHarness> consumers = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        EMULATOR.state().seedReadySetup("Webinar", "Registered", "Attended");
        producer = CamelHarness.start(EMULATOR);
    }

    @AfterEach
    void tearDown() {
        consumers.forEach(CamelHarness::close);
        producer.close();
    }

    @Test
    void deliversEachOfAThousandActivitiesExactlyOnceAcrossARestartOfItsContext() throws Exception {
        createActivities(600, "Registered");
        List<Long> delivered = new CopyOnWriteArrayList<>();
        Path file = dir.resolve("pardot-offsets.dat");
        Supplier<StateRepository<String, String>> offsets = () -> FileStateRepository.fileStateRepository(file.toFile());

        // first run: one poll that stops after 350, in the middle of a page of 100
        CountDownLatch firstRun = new CountDownLatch(350);
        CamelHarness first = consumer("pardot:external-activity?offsetRepository=#offsets&limit=100"
                                      + "&maxMessagesPerPoll=350&repeatCount=1&initialDelay=0", offsets, delivered, firstRun,
                null);
        assertThat(firstRun.await(60, TimeUnit.SECONDS)).as("350 delivered").isTrue();
        first.close();
        assertThat(delivered).hasSize(350);

        // while it is down, 400 more arrive
        createActivities(400, "Attended");
        List<Long> all = EMULATOR.state().activities().stream().map(a -> Long.valueOf(a.id())).sorted().toList();
        assertThat(all).hasSize(1000);

        // second run, a new context with a new repository on the same file; it signals when the newest arrives
        CountDownLatch newest = new CountDownLatch(1);
        List<Long> second = new CopyOnWriteArrayList<>();
        consumer("pardot:external-activity?offsetRepository=#offsets&limit=100&initialDelay=0&delay=50", offsets, second,
                newest, all.get(all.size() - 1));
        assertThat(newest.await(60, TimeUnit.SECONDS)).as("the newest activity arrived").isTrue();
        delivered.addAll(second);

        assertThat(second.get(0)).as("resumes right after the 350th").isEqualTo(all.get(350));
        assertThat(delivered).as("each of the 1000 once, in id order").containsExactlyElementsOf(all);
    }

    @Test
    void resumesFromAPositionInADatabaseAfterARestart() throws Exception {
        createActivities(30, "Registered");
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:consumer-restart;DB_CLOSE_DELAY=-1");
        Supplier<StateRepository<String, String>> offsets = () -> new JdbcOffsetRepository(database);
        List<Long> delivered = new CopyOnWriteArrayList<>();

        CountDownLatch firstRun = new CountDownLatch(20);
        CamelHarness first = consumer("pardot:external-activity?offsetRepository=#offsets&maxMessagesPerPoll=20"
                                      + "&repeatCount=1&initialDelay=0", offsets, delivered, firstRun, null);
        assertThat(firstRun.await(60, TimeUnit.SECONDS)).isTrue();
        first.close();
        assertThat(delivered).hasSize(20);
        createActivities(10, "Attended");
        List<Long> all = EMULATOR.state().activities().stream().map(a -> Long.valueOf(a.id())).sorted().toList();

        CountDownLatch newest = new CountDownLatch(1);
        consumer("pardot:external-activity?offsetRepository=#offsets&initialDelay=0&delay=50", offsets, delivered, newest,
                all.get(all.size() - 1));
        assertThat(newest.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(delivered).as("each of the 40 once, in id order").containsExactlyElementsOf(all);
    }

    @Test
    void aFailedExchangeStaysAndIsDeliveredAgainAtTheNextPollInOrder() throws Exception {
        createActivities(5, "Registered");
        List<Long> ids = EMULATOR.state().activities().stream().map(a -> Long.valueOf(a.id())).sorted().toList();
        List<Long> completed = new CopyOnWriteArrayList<>();
        List<Long> attempts = new CopyOnWriteArrayList<>();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(5);
        CamelHarness camel = CamelHarness.start(EMULATOR, c -> {
        }, new RouteBuilder() {
            @Override
            public void configure() {
                from("pardot:external-activity?initialDelay=0&delay=20").routeId("consumer")
                        .process(e -> {
                            long id = e.getMessage().getHeader(PardotConstants.ACTIVITY_ID, Long.class);
                            attempts.add(id);
                            if (id == ids.get(2) && failures.getAndIncrement() == 0) {
                                throw new IllegalStateException("the database is down, once");
                            }
                            completed.add(id);
                            done.countDown();
                        });
            }
        });
        consumers.add(camel);

        assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(completed).containsExactlyElementsOf(ids);
        assertThat(attempts).startsWith(ids.get(0), ids.get(1), ids.get(2), ids.get(2), ids.get(3), ids.get(4));
    }

    @Test
    void theFiltersSelectAndIdGreaterThanSetsWhereAFirstStartBegins() throws Exception {
        createActivities(4, "Registered");
        createActivities(4, "Attended");
        List<RecordedActivity> recorded = EMULATOR.state().activities();
        long firstAttended = recorded.stream().filter(a -> a.type().equals("Attended")).mapToLong(a -> Long.parseLong(a.id()))
                .min().orElseThrow();
        List<Long> delivered = new CopyOnWriteArrayList<>();
        List<Object> bodies = new CopyOnWriteArrayList<>();
        CountDownLatch three = new CountDownLatch(3);
        CamelHarness camel = CamelHarness.start(EMULATOR, c -> {
        }, new RouteBuilder() {
            @Override
            public void configure() {
                from("pardot:external-activity?initialDelay=0&filterType=Attended&idGreaterThan=" + firstAttended
                     + "&fields=type,value")
                        .process(e -> {
                            delivered.add(e.getMessage().getHeader(PardotConstants.ACTIVITY_ID, Long.class));
                            bodies.add(e.getMessage().getBody());
                            three.countDown();
                        });
            }
        });
        consumers.add(camel);

        assertThat(three.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(delivered).containsExactly(firstAttended + 1, firstAttended + 2, firstAttended + 3);
        assertThat(bodies).allSatisfy(body -> {
            Map<?, ?> record = (Map<?, ?>) body;
            assertThat(record.get("type")).isEqualTo("Attended");
            assertThat(new ArrayList<Object>(record.keySet())).as("id is added to fields").contains("id", "value");
        });
        assertThat(camel.component.connectionCount()).as("the consumer uses the component's connection").isEqualTo(1);
    }

    @Test
    void optionsThatDoNotApplyToTheConsumerFailTheRouteStartNamingThem() {
        assertThatThrownBy(() -> startConsumer("pardot:external-activity?orderBy=createdAt desc"))
                .hasStackTraceContaining("orderBy does not apply to the consumer");
        assertThatThrownBy(() -> startConsumer("pardot:external-activity?operation=create"))
                .hasStackTraceContaining("operation=create is for producers");
        assertThatThrownBy(() -> startConsumer("pardot:extension?operation=list"))
                .hasStackTraceContaining("pardot:extension has no consumer");
    }

    private void startConsumer(String uri) throws Exception {
        consumers.add(CamelHarness.start(EMULATOR, c -> {
        }, new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).log("never");
            }
        }));
    }

    /** A context whose route collects the ids; the latch counts every one, or only {@code signalOn} when given. */
    private CamelHarness consumer(String uri, Supplier<StateRepository<String, String>> offsets, List<Long> delivered,
                                  CountDownLatch latch, Long signalOn) throws Exception {
        CamelHarness camel = CamelHarness.start(EMULATOR, c -> {
        }, new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).process(e -> {
                    Long id = e.getMessage().getHeader(PardotConstants.ACTIVITY_ID, Long.class);
                    delivered.add(id);
                    if (signalOn == null || signalOn.equals(id)) {
                        latch.countDown();
                    }
                });
            }
        }, context -> context.getRegistry().bind("offsets", offsets.get()));
        consumers.add(camel);
        return camel;
    }

    private void createActivities(int count, String type) {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(Map.of("email", type.toLowerCase() + i + "@example.com", "value", type + " " + i));
        }
        Exchange created = producer.send("pardot:external-activity?extension=Webinar&type=" + type
                                         + "&batchFailurePolicy=FAIL", batch);
        assertThat(created.getException()).isNull();
    }
}
