package dev.camelpardot.camel;

import java.util.concurrent.CompletableFuture;

import dev.camelpardot.api.ApiResponse;
import dev.camelpardot.api.Futures;
import dev.camelpardot.api.PardotApi;
import dev.camelpardot.api.PardotApiException;
import dev.camelpardot.model.ExternalActivity;
import dev.camelpardot.model.ModelJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one external activity; with {@link UnknownProspectPolicy#CREATE}, an answer that no prospect has its e-mail
 * (error 4) makes it create the prospect through upsertLatestByEmail and send the activity once more. Every call goes
 * through the endpoint's API client, so it takes a permit of the business unit's cap and counts against the daily
 * allocation like any other; nothing blocks.
 * <p>
 * Error 4 also means a malformed address, but addresses are checked before anything is sent, so after that check it
 * means an unknown prospect (the create of such an address would be refused by the upsert too, with its own error).
 */
final class ActivitySender {

    private static final Logger LOG = LoggerFactory.getLogger(ActivitySender.class);
    private static final int UNKNOWN_PROSPECT = 4;

    /** What one create came to: the accepted response, and whether a prospect had to be created for it. */
    record Sent(ApiResponse response, boolean prospectCreated) {
    }

    private final PardotEndpoint endpoint;
    private final UnknownProspectPolicy policy;

    ActivitySender(PardotEndpoint endpoint) {
        this.endpoint = endpoint;
        this.policy = endpoint.getConfiguration().getUnknownProspect();
    }

    CompletableFuture<Sent> send(String businessUnitId, ExternalActivity activity) {
        PardotApi api = endpoint.api();
        String json = ModelJson.toCreateRequest(activity);
        CompletableFuture<Sent> first = api.createExternalActivity(businessUnitId, json)
                .thenApply(response -> new Sent(response, false));
        if (policy != UnknownProspectPolicy.CREATE) {
            return first;
        }
        return first.exceptionallyCompose(failure -> {
            Throwable cause = Futures.unwrap(failure);
            if (!isUnknownProspect(cause)) {
                return CompletableFuture.failedFuture(cause);
            }
            // the address is not logged: it identifies a person
            LOG.debug("No prospect has the activity's e-mail in {}: creating it and sending the activity again",
                    businessUnitId);
            return api.upsertProspectByEmail(businessUnitId, activity.email())
                    .thenCompose(prospect -> api.createExternalActivity(businessUnitId, json))
                    .thenApply(response -> new Sent(response, true));
        });
    }

    static boolean isUnknownProspect(Throwable failure) {
        return failure instanceof PardotApiException api && api.getErrorCode() != null
               && api.getErrorCode() == UNKNOWN_PROSPECT;
    }
}
