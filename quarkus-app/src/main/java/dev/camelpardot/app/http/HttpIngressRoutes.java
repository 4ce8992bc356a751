package dev.camelpardot.app.http;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelpardot.app.AppConfig;
import dev.camelpardot.app.activity.ActivityHeaders;
import dev.camelpardot.app.activity.Json;
import dev.camelpardot.app.activity.Provenance;
import dev.camelpardot.app.broker.ActivityQueue;
import dev.camelpardot.app.broker.QueueBatch;
import dev.camelpardot.app.ingress.RawRecord;
import dev.camelpardot.app.ingress.RecordSink;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code POST /activities}: a JSON object, array or NDJSON, with an {@code X-Api-Key}. All records or none: when
 * one is invalid the answer is 400 with a reason per invalid record and nothing is queued, so a client can fix
 * and resend the whole request. Otherwise the records are queued in one broker transaction and the answer,
 * 202 {@code {"accepted":N}}, is only sent after it committed.
 */
@ApplicationScoped
public class HttpIngressRoutes extends RouteBuilder {

    private final AppConfig config;
    private final ActivityQueue queue;
    private final RecordSink sink;
    private final HttpResponses responses;

    public HttpIngressRoutes(AppConfig config, ActivityQueue queue, RecordSink sink, HttpResponses responses) {
        this.config = config;
        this.queue = queue;
        this.sink = sink;
        this.responses = responses;
    }

    @Override
    public void configure() {
        // before any route starts: a taken port stops the start with one line naming the setting
        HttpPort.check();
        from("platform-http:/activities?httpMethodRestrict=POST")
                .routeId("http-ingress")
                .filter(responses::unauthorized)
                    .stop()
                .end()
                .process(this::accept);
    }

    private void accept(Exchange exchange) {
        if (exchange.getIn().getBody() instanceof Map) {
            responses.error(exchange, 415, "the body arrived as a form: send it with Content-Type: application/json"
                    + " (or application/x-ndjson)");
            return;
        }
        String body = exchange.getIn().getBody(String.class);
        Provenance provenance = new Provenance(ActivityHeaders.SOURCE_HTTP, null, 0, Instant.now());
        List<RawRecord> records;
        try {
            records = HttpBodyRecords.parse(body);
        } catch (RuntimeException e) {
            responses.error(exchange, 400, "the body is not JSON: " + e.getMessage());
            return;
        }
        if (records.isEmpty()) {
            responses.error(exchange, 400, "the body holds no record: send a JSON object, a JSON array or NDJSON");
            return;
        }
        if (records.size() > config.ingress().maxRecords()) {
            responses.error(exchange, 413, "at most " + config.ingress().maxRecords() + " records per request, got "
                    + records.size() + ": split the batch");
            return;
        }
        List<RecordSink.Checked> checked = new ArrayList<>(records.size());
        ArrayNode problems = Json.MAPPER.createArrayNode();
        for (int i = 0; i < records.size(); i++) {
            RecordSink.Checked result = sink.check(records.get(i), provenance.receivedAt());
            checked.add(result);
            if (result.problem() != null) {
                ObjectNode problem = problems.addObject();
                problem.put("record", i + 1);
                problem.put("line", result.problem().line());
                if (result.problem().field() != null) {
                    problem.put("field", result.problem().field());
                }
                problem.put("reason", HttpReasons.of(records.get(i), result.problem()));
            }
        }
        if (!problems.isEmpty()) {
            ObjectNode answer = Json.MAPPER.createObjectNode();
            answer.put("accepted", 0);
            answer.set("rejected", problems);
            responses.json(exchange, 400, answer);
            return;
        }
        try (QueueBatch batch = queue.openBatch()) {
            for (int i = 0; i < checked.size(); i++) {
                batch.add(checked.get(i).record(), provenance.atLine(i + 1));
            }
            batch.commit();
        }
        ObjectNode answer = Json.MAPPER.createObjectNode();
        answer.put("accepted", checked.size());
        responses.json(exchange, 202, answer);
    }
}
