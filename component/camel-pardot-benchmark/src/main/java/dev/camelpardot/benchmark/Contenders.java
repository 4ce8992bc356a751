package dev.camelpardot.benchmark;

/** Makes a contender from its letter. */
final class Contenders {

    private Contenders() {
    }

    static Contender create(String id) {
        return switch (id) {
            case "A" -> new RawHttpClientContender();
            case "A2" -> new RawHttpClientBlockingContender();
            case "B" -> new CamelHttpContender();
            case "C" -> new CamelPardotContender();
            default -> throw new IllegalArgumentException("unknown contender " + id + " (A, B, C, or the optional A2)");
        };
    }
}
