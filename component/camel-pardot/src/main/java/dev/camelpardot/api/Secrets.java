package dev.camelpardot.api;

/** Keeps secrets out of strings: masks them in {@code toString} and scrubs them from text a server sent back. */
public final class Secrets {

    public static final String MASK = "****";

    private Secrets() {
    }

    /** {@code "****"} when the secret is set, {@code "null"} when it is not. */
    public static String mask(Object secret) {
        return secret == null ? "null" : MASK;
    }

    /**
     * Replaces every occurrence of each secret in {@code text} by the mask: a server may echo what it was sent
     * (a form field, a header) into an error message that ends up in an exception or a log line.
     */
    public static String scrub(String text, String... secrets) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            // very short values would mask innocent words, and no real credential is that short
            if (secret != null && secret.length() >= 4) {
                result = result.replace(secret, MASK);
            }
        }
        return result;
    }
}
