package dev.camelpardot.app.activity;

import dev.camelpardot.model.ExternalActivity;

/** A checked activity and the business unit it goes to: what ingress puts on a delivery queue. */
public record QueuedActivity(ExternalActivity activity, String businessUnitId) {
}
