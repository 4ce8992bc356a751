package dev.camelpardot.camel;

import java.util.List;
import java.util.stream.Collectors;

import dev.camelpardot.model.DeliveryResult;

/**
 * Some elements of a batch failed and {@code batchFailurePolicy=fail}. Every element was attempted; the results of
 * all of them (delivered and failed) are here and in the message body.
 */
public class PardotBatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 5;

    private final transient List<DeliveryResult> results;

    public PardotBatchException(List<DeliveryResult> results) {
        super(summary(results));
        this.results = List.copyOf(results);
    }

    public List<DeliveryResult> getResults() {
        return results;
    }

    public List<DeliveryResult> getFailures() {
        return results.stream().filter(DeliveryResult::failed).collect(Collectors.toList());
    }

    public int getFailedCount() {
        return (int) results.stream().filter(DeliveryResult::failed).count();
    }

    public int getDeliveredCount() {
        return results.size() - getFailedCount();
    }

    private static String summary(List<DeliveryResult> results) {
        List<DeliveryResult> failed = results.stream().filter(DeliveryResult::failed).collect(Collectors.toList());
        String shown = failed.stream().limit(SHOWN).map(r -> "#" + r.index() + ": " + r.reason())
                .collect(Collectors.joining("; "));
        return failed.size() + " of " + results.size() + " external activities failed (" + shown
               + (failed.size() > SHOWN ? "; and " + (failed.size() - SHOWN) + " more" : "")
               + "); the others were delivered. Every result is in the message body and in getResults()";
    }
}
