package dev.camelpardot.api;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Small helpers for {@link java.util.concurrent.CompletableFuture} chains. */
public final class Futures {

    private Futures() {
    }

    /** Strips the {@link CompletionException} / {@link ExecutionException} wrappers that dependent stages add. */
    public static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
