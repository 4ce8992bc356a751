package dev.camelpardot.camel;

import java.util.concurrent.CompletableFuture;

import dev.camelpardot.model.ActivityType;
import org.apache.camel.Exchange;

/**
 * {@code pardot:activity-type}: create, get, list, update, ensure, activate, deactivate, for the types of the
 * extension named by the option extension (or header CamelPardotExtension). Out bodies: an {@link ActivityType}
 * (create, get, update; null when get finds none), a List&lt;ActivityType&gt; (list), a SetupReport (ensure,
 * activate, deactivate).
 */
final class ActivityTypeProducer extends SetupProducer {

    ActivityTypeProducer(PardotEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected CompletableFuture<?> start(Exchange exchange) {
        return switch (operation) {
            case CREATE -> {
                String extension = inputs.extensionName(exchange, true);
                yield records.createActivityType(extension, inputs.activityType(exchange))
                        .thenAccept(t -> record(exchange, t));
            }
            case GET -> {
                ActivityType wanted = inputs.activityTypeFromHeaders(exchange);
                String extension = wanted.id() != null ? null : inputs.extensionName(exchange, false);
                yield records.getActivityType(wanted.id(), extension, wanted.developerName())
                        .thenAccept(found -> record(exchange, found.orElse(null)));
            }
            case LIST -> records.listActivityTypes(inputs.extensionName(exchange, false))
                    .thenAccept(list -> exchange.getMessage().setBody(list));
            case UPDATE -> {
                String extension = inputs.extensionName(exchange, true);
                yield records.updateActivityType(extension, inputs.activityType(exchange))
                        .thenAccept(t -> record(exchange, t));
            }
            case ENSURE -> {
                String extension = inputs.extensionName(exchange, true);
                yield setup.ensureActivityType(extension, inputs.activityType(exchange))
                        .thenAccept(r -> setReport(exchange, r));
            }
            case ACTIVATE, DEACTIVATE -> {
                String extension = inputs.extensionName(exchange, false);
                yield setup.setActivityTypeActive(extension, inputs.activityTypeFromHeaders(exchange).developerName(),
                        operation == PardotOperation.ACTIVATE).thenAccept(r -> setReport(exchange, r));
            }
            default -> throw new IllegalStateException("unsupported operation " + operation);
        };
    }

    private static void record(Exchange exchange, ActivityType type) {
        setRecord(exchange, type, type == null ? null : type.id());
    }
}
