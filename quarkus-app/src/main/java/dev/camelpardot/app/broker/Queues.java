package dev.camelpardot.app.broker;

/**
 * The queues of the app. Ingress puts each event on one delivery slot of its business unit; a slot is an exclusive
 * queue, so in the whole cluster one consumer at a time takes from it, and one call at a time is in flight for it.
 */
public final class Queues {

    /**
     * Where JMS publishers send events (and replayed dead letters go): checked, then moved to a delivery slot.
     * The name predates the slots, so existing publishers keep working.
     */
    public static final String ACTIVITIES = "pardot.activities";

    /** Events that cannot be delivered, with the reason in their properties. */
    public static final String DEAD_LETTERS = "pardot.activities.DLQ";

    /** Every delivery slot queue, as an address-settings match. */
    public static final String DELIVERY_MATCH = "pardot.delivery.#";

    private Queues() {
    }

    /** The queue of delivery slot {@code slot} (0-based) of a business unit. */
    public static String delivery(String businessUnitId, int slot) {
        return "pardot.delivery." + businessUnitId + "." + slot;
    }
}
