package dev.camelpardot.camel;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.camelpardot.model.Extension;
import dev.camelpardot.model.ExtensionSetup;
import dev.camelpardot.model.SetupReport;
import org.apache.camel.Exchange;

/**
 * {@code pardot:extension}: create, get, list, update, ensure (also the one-step setup), assign, unassign.
 * Out bodies: an {@link Extension} (create, get, update; null when get finds no such DeveloperName), a
 * List&lt;Extension&gt; (list), a {@link SetupReport} (ensure, assign, unassign).
 */
final class ExtensionProducer extends SetupProducer {

    ExtensionProducer(PardotEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected CompletableFuture<?> start(Exchange exchange) {
        return switch (operation) {
            case CREATE -> records.createExtension(inputs.extension(exchange)).thenAccept(e -> record(exchange, e));
            case GET -> {
                Extension wanted = inputs.extensionFromHeaders(exchange);
                yield records.getExtension(wanted.id(), wanted.developerName())
                        .thenAccept(found -> record(exchange, found.orElse(null)));
            }
            case LIST -> records.listExtensions().thenAccept(list -> exchange.getMessage().setBody(list));
            case UPDATE -> records.updateExtension(inputs.extension(exchange)).thenAccept(e -> record(exchange, e));
            case ENSURE -> {
                ExtensionSetup oneStep = inputs.setup(exchange);
                if (oneStep == null && inputs.assignWithoutSetup()) {
                    // assign=true on an ensure of the extension alone: the extension, then its assignment
                    Extension extension = inputs.extension(exchange);
                    oneStep = new ExtensionSetup(extension.developerName(), extension.label(), extension.description(),
                            extension.active(), List.of(), true);
                }
                CompletableFuture<SetupReport> report = oneStep != null
                        ? setupFor(exchange).converge(oneStep)
                        : setup.ensureExtension(inputs.extension(exchange));
                yield report.thenAccept(r -> setReport(exchange, r));
            }
            case ASSIGN -> setupFor(exchange).assign(inputs.extensionFromHeaders(exchange).developerName())
                    .thenAccept(r -> setReport(exchange, r));
            case UNASSIGN -> setupFor(exchange).unassign(inputs.extensionFromHeaders(exchange).developerName())
                    .thenAccept(r -> setReport(exchange, r));
            default -> throw new IllegalStateException("unsupported operation " + operation);
        };
    }

    private static void record(Exchange exchange, Extension extension) {
        setRecord(exchange, extension, extension == null ? null : extension.id());
    }
}
