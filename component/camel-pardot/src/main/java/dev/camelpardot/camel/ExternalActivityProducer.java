package dev.camelpardot.camel;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;

import dev.camelpardot.api.ApiResponse;
import dev.camelpardot.api.Futures;
import dev.camelpardot.api.PardotValidationException;
import dev.camelpardot.convert.ModelConverters;
import dev.camelpardot.model.DeliveryResult;
import dev.camelpardot.model.ExternalActivity;
import dev.camelpardot.model.ExternalActivityValidator;
import dev.camelpardot.model.ModelJson;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code pardot:external-activity}: create (one activity, or a batch), read and query.
 * <ul>
 * <li>create, one activity: out body = the activity as Account Engagement returned it (the one sent when the response
 * has no body), headers CamelPardotHttpStatus and, when known, CamelPardotActivityId.</li>
 * <li>create, Collection / Iterable / Iterator / array / JSON array body: every element is submitted, a window of
 * them at a time; out body = List&lt;DeliveryResult&gt;, headers CamelPardotDeliveredCount and
 * CamelPardotFailedCount; batchFailurePolicy decides whether failures fail the exchange.</li>
 * <li>read: id from CamelPardotActivityId; out body = the record as a Map.</li>
 * <li>query: out body = one page as List&lt;Map&gt; and CamelPardotNextPageToken, or with streamResults an Iterator over
 * all pages.</li>
 * </ul>
 */
final class ExternalActivityProducer extends PardotProducer {

    private final PardotConfiguration configuration;
    private final ExternalActivityAssembler assembler;
    private final PardotOperation operation;
    private final ActivitySender sender;

    ExternalActivityProducer(PardotEndpoint endpoint) {
        super(endpoint);
        this.configuration = endpoint.getConfiguration();
        this.assembler = new ExternalActivityAssembler(configuration);
        this.operation = endpoint.resolvedOperation();
        this.sender = new ActivitySender(endpoint);
    }

    @Override
    protected CompletableFuture<?> start(Exchange exchange) {
        return switch (operation) {
            case CREATE -> create(exchange);
            case READ -> read(exchange);
            case QUERY -> query(exchange);
            default -> throw new IllegalStateException("unsupported operation " + operation);
        };
    }

    // ---- create

    private CompletableFuture<?> create(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (Bodies.isText(body)) {
            String text = Bodies.text(exchange, body);
            if (text != null && text.stripLeading().startsWith("[")) {
                return createBatch(exchange, ModelConverters.parseJson(text));
            }
            // one object: the type converter reads it
            body = text;
        }
        if (Bodies.isBatch(body)) {
            return createBatch(exchange, body);
        }
        String businessUnitId = BusinessUnitIds.of(exchange, configuration);
        ExternalActivity activity = assembler.assemble(exchange, body);
        return sender.send(businessUnitId, activity)
                .thenAccept(sent -> {
                    ApiResponse response = sent.response();
                    ExternalActivity created = created(activity, response);
                    Message message = exchange.getMessage();
                    message.setBody(created);
                    message.setHeader(PardotConstants.HTTP_STATUS, response.status());
                    if (created.id() != null) {
                        message.setHeader(PardotConstants.ACTIVITY_ID, created.id());
                    } else {
                        message.removeHeader(PardotConstants.ACTIVITY_ID);
                    }
                    if (sent.prospectCreated()) {
                        message.setHeader(PardotConstants.PROSPECT_CREATED, true);
                    } else {
                        message.removeHeader(PardotConstants.PROSPECT_CREATED);
                    }
                });
    }

    private CompletableFuture<?> createBatch(Exchange exchange, Object body) {
        String businessUnitId = BusinessUnitIds.of(exchange, configuration);
        // twice the in-flight cap: enough queued to keep every permit busy, few enough to stay bounded
        int window = configuration.getMaxConcurrentRequests() * 2;
        BatchSubmission batch = new BatchSubmission(Bodies.elements(body), window, (index, element) -> {
            ExternalActivity activity = null;
            try {
                activity = assembler.fill(exchange, element);
                ExternalActivityValidator.validate(activity);
            } catch (RuntimeException invalid) {
                // the result keeps what could be read, so the caller sees which activity was refused
                return CompletableFuture.completedFuture(DeliveryResult.failed(index, activity, invalid));
            }
            ExternalActivity valid = activity;
            return sender.send(businessUnitId, valid)
                    .handle((sent, failure) -> failure == null
                            ? DeliveryResult.delivered(index, valid, created(valid, sent.response()))
                            : DeliveryResult.failed(index, valid, asException(failure)));
        });
        return batch.run().thenAccept(results -> {
            long failed = results.stream().filter(DeliveryResult::failed).count();
            Message message = exchange.getMessage();
            message.setBody(results);
            message.setHeader(PardotConstants.DELIVERED_COUNT, (int) (results.size() - failed));
            message.setHeader(PardotConstants.FAILED_COUNT, (int) failed);
            message.removeHeader(PardotConstants.ACTIVITY_ID);
            if (failed > 0 && configuration.getBatchFailurePolicy() == BatchFailurePolicy.FAIL) {
                throw new PardotBatchException(results);
            }
        });
    }

    /** What Account Engagement returned, completed with what was sent; the sent activity when there is no body. */
    static ExternalActivity created(ExternalActivity sent, ApiResponse response) {
        ExternalActivity returned = null;
        if (response.hasBody()) {
            try {
                returned = ModelJson.fromResponse(response.body());
            } catch (RuntimeException notJson) {
                // any 2xx counts as accepted; an unreadable body only means we know less
            }
        }
        String id = returned != null && returned.id() != null ? returned.id() : idFromLocation(response);
        if (returned == null) {
            return sent.toBuilder().id(id).build();
        }
        return ExternalActivity.builder()
                .id(id)
                .extension(orElse(returned.extension(), sent.extension()))
                .type(orElse(returned.type(), sent.type()))
                .email(orElse(returned.email(), sent.email()))
                .value(orElse(returned.value(), sent.value()))
                .activityDate(orElse(returned.activityDate(), sent.activityDate()))
                .createdAt(returned.createdAt())
                .build();
    }

    private static String idFromLocation(ApiResponse response) {
        if (response.headers() == null) {
            return null;
        }
        return response.headers().firstValue("Location").map(location -> {
            String path = URI.create(location.strip()).getPath();
            if (path == null || path.endsWith("/")) {
                return null;
            }
            String last = path.substring(path.lastIndexOf('/') + 1);
            return last.isEmpty() || last.equals("external-activities") ? null : last;
        }).orElse(null);
    }

    // ---- read and query

    private CompletableFuture<?> read(Exchange exchange) {
        String id = exchange.getMessage().getHeader(PardotConstants.ACTIVITY_ID, String.class);
        if (id == null || id.isBlank()) {
            throw new PardotValidationException("CamelPardotActivityId", "read needs the activity id in the header "
                    + PardotConstants.ACTIVITY_ID);
        }
        String fields = QueryInputs.fields(exchange.getMessage(), configuration.getFields());
        return getEndpoint().api().readExternalActivity(BusinessUnitIds.of(exchange, configuration), id.strip(), fields)
                .thenAccept(response -> {
                    JsonNode node = ModelJson.parse(response.body());
                    Message message = exchange.getMessage();
                    message.setBody(node == null ? null : ModelJson.toMap(node));
                    message.setHeader(PardotConstants.HTTP_STATUS, response.status());
                });
    }

    private CompletableFuture<?> query(Exchange exchange) {
        String token = exchange.getMessage().getHeader(PardotConstants.NEXT_PAGE_TOKEN, String.class);
        String startToken = token == null || token.isBlank() ? null : token.strip();
        String businessUnitId = BusinessUnitIds.of(exchange, configuration);
        ActivityQuery query = QueryInputs.of(getEndpoint(), exchange.getMessage());
        return ActivityPages.fetch(getEndpoint().api(), businessUnitId, query, startToken).thenAccept(page -> {
            Message message = exchange.getMessage();
            if (getEndpoint().isStreamResults()) {
                message.setBody(new ActivityPageIterator(page,
                        next -> ActivityPages.fetch(getEndpoint().api(), businessUnitId, query, next)));
                message.removeHeader(PardotConstants.NEXT_PAGE_TOKEN);
                return;
            }
            message.setBody(page.values());
            if (page.nextPageToken() != null) {
                message.setHeader(PardotConstants.NEXT_PAGE_TOKEN, page.nextPageToken());
            } else {
                message.removeHeader(PardotConstants.NEXT_PAGE_TOKEN);
            }
        });
    }

    private static Exception asException(Throwable failure) {
        Throwable cause = Futures.unwrap(failure);
        return cause instanceof Exception e ? e : new RuntimeException(cause);
    }

    private static <T> T orElse(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
