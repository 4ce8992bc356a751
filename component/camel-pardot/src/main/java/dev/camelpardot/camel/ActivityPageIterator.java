package dev.camelpardot.camel;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import dev.camelpardot.api.Futures;

/**
 * Every record of an external-activity query, page by page, for a splitter ({@code streamResults=true}).
 * <p>
 * The first page is already here. When the iterator runs past a page it fetches the next one and waits for it on
 * the thread that called {@code hasNext()}/{@code next()} (the splitter's thread): a blocking step by design, as
 * an Iterator cannot be asynchronous; the request itself still goes through the shared in-flight cap and retries.
 * A failed fetch is thrown from {@code hasNext()} as the PardotApiException. Not thread-safe, like any iterator.
 */
final class ActivityPageIterator implements Iterator<Map<String, Object>> {

    private final Function<String, CompletableFuture<ActivityPage>> fetch;
    private ActivityPage page;
    private int position;

    /**
     * @param first the first page
     * @param fetch fetches the page with the given token
     */
    ActivityPageIterator(ActivityPage first, Function<String, CompletableFuture<ActivityPage>> fetch) {
        this.page = first;
        this.fetch = fetch;
    }

    @Override
    public boolean hasNext() {
        while (position >= page.values().size()) {
            if (page.nextPageToken() == null) {
                return false;
            }
            page = await(fetch.apply(page.nextPageToken()));
            position = 0;
        }
        return true;
    }

    @Override
    public Map<String, Object> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more external activities");
        }
        return page.values().get(position++);
    }

    private static ActivityPage await(CompletableFuture<ActivityPage> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = Futures.unwrap(e);
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
