package dev.camelpardot.camel;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.camelpardot.api.ApiVersion;

/**
 * Every rule on the options, in one place: one rule per option, one message that names the option and the fix.
 * They need no network, and run once when an endpoint starts (and when the component starts with connection
 * options of its own). The OAuth set of options is checked by {@link dev.camelpardot.auth.OAuthSettings}, which
 * infers the flow; the operation by {@link PardotResource}; the JWT key when it is loaded.
 */
final class OptionRules {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");

    private OptionRules() {
    }

    /** The problems of an endpoint's options: its own and those of its configuration. */
    static List<String> problems(PardotEndpoint endpoint) {
        List<String> problems = new ArrayList<>();
        try {
            endpoint.resolvedOperation();
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        Integer limit = endpoint.getLimit();
        if (limit != null && (limit < 1 || limit > 1000)) {
            problems.add("limit must be 1-1000, was " + limit + ": Account Engagement returns at most 1000 per page");
        }
        String orderBy = endpoint.getQuery().getOrderBy();
        if (orderBy != null) {
            add(problems, QuerySyntax.orderByProblem("orderBy", orderBy));
        }
        problems.addAll(problems(endpoint.getConfiguration()));
        return problems;
    }

    /**
     * What a consumer adds to the endpoint's rules: it reads in id order (its position is an id), and operation is a
     * producer's choice.
     */
    static List<String> consumerProblems(PardotEndpoint endpoint) {
        List<String> problems = new ArrayList<>();
        PardotOperation operation = endpoint.getOperation();
        if (operation != null && operation != PardotOperation.QUERY) {
            problems.add("operation=" + operation + " is for producers: the consumer reads activities, so leave"
                         + " operation out of from(...)");
        }
        if (endpoint.getQuery().getOrderBy() != null) {
            problems.add("orderBy does not apply to the consumer: it reads in id order so that it can resume after the"
                         + " last id; remove orderBy");
        }
        if (endpoint.getMaxMessagesPerPoll() < 0) {
            problems.add("maxMessagesPerPoll must be 0 (no limit) or more, was " + endpoint.getMaxMessagesPerPoll());
        }
        String key = endpoint.getOffsetKey();
        if (key != null && (key.isBlank() || key.contains("=") || key.contains("\n"))) {
            problems.add("offsetKey '" + key + "' must be non-empty text without '=' or line breaks (a"
                         + " FileStateRepository cannot keep those)");
        }
        return problems;
    }

    /** The problems of a configuration (the component's, or an endpoint's copy). */
    static List<String> problems(PardotConfiguration c) {
        List<String> problems = new ArrayList<>();
        add(problems, BusinessUnitIds.problem(c.getBusinessUnitId()));
        url(problems, "loginUrl", c.getLoginUrl());
        url(problems, "pardotUrl", c.getPardotUrl());
        url(problems, "instanceUrl", c.getInstanceUrl());
        add(problems, ApiVersion.problem(c.getApiVersion()));
        if (c.getConnectTimeout() <= 0) {
            problems.add("connectTimeout must be positive, was " + c.getConnectTimeout() + " ms: e.g. connectTimeout=10s");
        }
        if (c.getRequestTimeout() <= 0) {
            problems.add("requestTimeout must be positive, was " + c.getRequestTimeout() + " ms: e.g. requestTimeout=30s");
        }
        if (c.getMaxConcurrentRequests() < 1) {
            problems.add("maxConcurrentRequests must be 1 or more, was " + c.getMaxConcurrentRequests()
                         + ": Account Engagement allows 5 by default");
        }
        proxy(problems, c);
        if (c.getJwtKeyFile() != null && c.getKeystore() != null) {
            problems.add("both jwtKeyFile and keystore are set: the JWT key must come from one of them");
        }
        if (c.getKeystore() == null && (c.getKeystoreAlias() != null || c.getKeystoreKeyPassword() != null)) {
            problems.add("keystoreAlias or keystoreKeyPassword is set without keystore: set keystore, or remove them");
        }
        retries(problems, c);
        add(problems, QuerySyntax.fieldsProblem("fields", c.getFields()));
        if (c.getUnknownProspect() == null) {
            problems.add("unknownProspect is not set: use FAIL (the default) or CREATE");
        }
        return problems;
    }

    /**
     * The problems of the URI's id filters as written, before Camel binds them: its text-to-Long conversion reads
     * time patterns, so "abc" would bind as 0 and "5s" as 5000, and an id filter must never silently mean another id.
     */
    static List<String> uriProblems(Map<String, Object> parameters) {
        List<String> problems = new ArrayList<>();
        for (QueryFilter filter : QueryFilter.values()) {
            if (filter.kind() == QueryFilter.Kind.ID && parameters.get(filter.option()) instanceof String text
                && !WHOLE_NUMBER.matcher(text.strip()).matches()) {
                problems.add(filter.option() + " '" + text + "' is not a whole number: ids are numbers, e.g. "
                             + filter.option() + "=1000001");
            }
        }
        return problems;
    }

    /**
     * Throws when there is any problem, listing them all.
     *
     * @param what "The pardot endpoint pardot://..." or "The pardot component"
     */
    static void check(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(what + " is not configured correctly: " + String.join("; ", problems));
        }
    }

    private static void proxy(List<String> problems, PardotConfiguration c) {
        boolean host = c.getProxyHost() != null && !c.getProxyHost().isBlank();
        Integer port = c.getProxyPort();
        if (host && (port == null || port < 1 || port > 65535)) {
            problems.add("proxyHost is set but proxyPort " + (port == null ? "is not" : "(" + port + ") is not valid")
                         + ": set proxyPort to the proxy's port (1-65535)");
        }
        if (!host && (c.getProxyUsername() != null || c.getProxyPassword() != null)) {
            problems.add("proxyUsername or proxyPassword is set without proxyHost: set proxyHost and proxyPort");
        }
        if (c.getProxyPassword() != null && c.getProxyUsername() == null) {
            problems.add("proxyPassword is set without proxyUsername: set proxyUsername");
        }
    }

    private static void retries(List<String> problems, PardotConfiguration c) {
        if (c.getMaxRetries() < 0) {
            problems.add("maxRetries must be 0 or more, was " + c.getMaxRetries() + ": 0 disables retries");
        }
        if (c.getRetryInitialDelay() < 0 || c.getRetryMaxDelay() < 0) {
            problems.add("retryInitialDelay and retryMaxDelay must not be negative");
        } else if (c.getRetryMaxDelay() < c.getRetryInitialDelay()) {
            problems.add("retryMaxDelay (" + c.getRetryMaxDelay() + " ms) is below retryInitialDelay ("
                         + c.getRetryInitialDelay() + " ms): raise retryMaxDelay");
        }
    }

    private static void url(List<String> problems, String option, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            URI uri = URI.create(value.strip());
            String scheme = uri.getScheme();
            if (!uri.isAbsolute() || uri.getHost() == null
                || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                problems.add(option + " '" + value + "' is not an absolute http(s) URL: write it like https://host");
            }
        } catch (IllegalArgumentException e) {
            problems.add(option + " '" + value + "' is not a URL: write it like https://host");
        }
    }

    private static void add(List<String> problems, String problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }
}
