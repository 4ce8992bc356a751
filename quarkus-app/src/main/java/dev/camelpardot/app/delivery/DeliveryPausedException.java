package dev.camelpardot.app.delivery;

/** Delivery to the event's business unit is paused: it goes back on its queue without a call. */
final class DeliveryPausedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DeliveryPausedException(String businessUnitId) {
        super("delivery to business unit " + businessUnitId + " is paused", null, false, false);
    }
}
