package dev.camelpardot.model;

/**
 * The outcome of one element of a batch: delivered (with what Account Engagement returned) or failed (with why).
 *
 * @param index     the element's position in the batch, from 0
 * @param activity  the activity as sent, or null when the element could not be read as one
 * @param created   the activity as Account Engagement returned it (id filled when known); null when failed
 * @param delivered true when Account Engagement accepted it
 * @param exception why it failed (a PardotValidationException before any call, or a PardotApiException); null when
 *                  delivered
 */
public record DeliveryResult(int index, ExternalActivity activity, ExternalActivity created, boolean delivered,
                             Exception exception) {

    public static DeliveryResult delivered(int index, ExternalActivity activity, ExternalActivity created) {
        return new DeliveryResult(index, activity, created, true, null);
    }

    public static DeliveryResult failed(int index, ExternalActivity activity, Exception exception) {
        return new DeliveryResult(index, activity, null, false, exception);
    }

    public boolean failed() {
        return !delivered;
    }

    /** The failure's message, or null when delivered. */
    public String reason() {
        return exception == null ? null : exception.getMessage();
    }

    @Override
    public String toString() {
        return delivered
                ? "DeliveryResult[" + index + ": delivered" + (created != null && created.id() != null ? " as " + created.id() : "") + "]"
                : "DeliveryResult[" + index + ": failed: " + reason() + "]";
    }
}
