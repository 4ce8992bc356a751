package dev.camelpardot.app.broker;

/** The two queues every source and the delivery share. */
public final class Queues {

    /** Every accepted event waits here until it is delivered. */
    public static final String ACTIVITIES = "pardot.activities";

    /** Events that cannot be delivered, with the reason in their properties. */
    public static final String DEAD_LETTERS = "pardot.activities.DLQ";

    private Queues() {
    }
}
