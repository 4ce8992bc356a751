package dev.camelpardot.camel;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.camelpardot.api.PardotApi;

/** Fetches one page of an external-activity query: the query's first page, or the page a token names. */
final class ActivityPages {

    private ActivityPages() {
    }

    /**
     * @param token null for the first page; else the token of the page to fetch, which carries the query's filters,
     *              order and page size (Account Engagement accepts only fields beside it)
     */
    static CompletableFuture<ActivityPage> fetch(PardotApi api, String businessUnitId, ActivityQuery query, String token) {
        if (token != null) {
            return api.queryExternalActivities(businessUnitId, query.fields(), null, token, Map.of())
                    .thenApply(ActivityPage::from);
        }
        return api.queryExternalActivities(businessUnitId, query.fields(), query.limit(), null, query.parameters())
                .thenApply(ActivityPage::from);
    }
}
