package dev.camelpardot.benchmark;

/**
 * The Quarkus app measured as a process: time until {@code /q/health/ready} says UP, resident memory idle and
 * while delivering, and a large NDJSON file delivered with a capped heap. {@code note} says why figures are
 * missing when the app was not measured.
 */
record QuarkusFigures(
        boolean measured,
        String note,
        String jar,
        String heapLimit,
        Long startMillis,
        Long rssIdleMb,
        Long rssDeliveringMb,
        Long rssPeakMb,
        Long lines,
        Long delivered,
        Double deliverSeconds,
        Double linesPerSecond,
        Long tokenRequests,
        Long error66) {

    static QuarkusFigures notMeasured(String note) {
        return new QuarkusFigures(false, note, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
