package dev.camelpardot.camel;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import dev.camelpardot.api.PardotValidationException;
import org.apache.camel.Message;

/**
 * What an external-activity query asks, gathered from the endpoint's options and, for one exchange, the headers of
 * the same names (a header wins over its option). Header values are checked here, before any call, and a bad one
 * fails the exchange naming the header and the fix; the options were checked when the endpoint started.
 */
final class QueryInputs {

    private QueryInputs() {
    }

    /** The query of the endpoint's options alone (the consumer's). */
    static ActivityQuery of(PardotEndpoint endpoint) {
        return new ActivityQuery(endpoint.getConfiguration().getFields(), endpoint.getLimit(),
                endpoint.getQuery().getOrderBy(), endpoint.getQuery().filters());
    }

    /** The query of the options with this message's headers on top. */
    static ActivityQuery of(PardotEndpoint endpoint, Message message) {
        ActivityQuery options = of(endpoint);
        Map<QueryFilter, Object> filters = new EnumMap<>(QueryFilter.class);
        filters.putAll(options.filters());
        for (QueryFilter filter : QueryFilter.values()) {
            Object value = message.getHeader(filter.header());
            if (value != null) {
                filters.put(filter, filter.fromHeader(value));
            }
        }
        return new ActivityQuery(fields(message, options.fields()), options.limit(), orderBy(message, options.orderBy()),
                filters);
    }

    /** The fields of the header CamelPardotFields (text or a collection of names), else the option's. */
    static String fields(Message message, String fromOption) {
        Object value = message.getHeader(PardotConstants.FIELDS);
        if (value == null) {
            return fromOption;
        }
        String fields = value instanceof Collection<?> names
                ? names.stream().map(String::valueOf).map(String::strip).collect(Collectors.joining(","))
                : value.toString().strip();
        check(PardotConstants.FIELDS, QuerySyntax.fieldsProblem(PardotConstants.FIELDS, fields));
        return fields;
    }

    private static String orderBy(Message message, String fromOption) {
        String value = message.getHeader(PardotConstants.ORDER_BY, String.class);
        if (value == null) {
            return fromOption;
        }
        check(PardotConstants.ORDER_BY, QuerySyntax.orderByProblem(PardotConstants.ORDER_BY, value));
        return value.strip();
    }

    private static void check(String header, String problem) {
        if (problem != null) {
            throw new PardotValidationException(header, problem);
        }
    }
}
