package dev.camelpardot.camel;

/** What a batch (a Collection or Iterable body) does to the exchange when some elements fail. */
public enum BatchFailurePolicy {
    /** The exchange succeeds; the body lists every element's DeliveryResult and headers count the failures. */
    REPORT,
    /** The exchange fails with a PardotBatchException summarizing the failures; the results are still in the body. */
    FAIL
}
