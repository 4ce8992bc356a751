package dev.camelpardot.camel;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The shape of the text parts of a query, checked before the call: a field list, and an orderBy. Only the shape:
 * which fields exist and which sort is Account Engagement's to say (it is not documented for external activities),
 * so any well-formed name is passed on and a name the server does not know comes back as its error (180, 19).
 */
final class QuerySyntax {

    /** A field name, with dots for a sub-object's fields as v5 allows. */
    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*");

    private QuerySyntax() {
    }

    /** @return what is wrong with the field list, naming {@code name}; null when it is well-formed */
    static String fieldsProblem(String name, String fields) {
        if (fields == null || fields.isBlank()) {
            return name + " is empty: Account Engagement needs an explicit field list, e.g. " + name + "="
                   + PardotConfiguration.DEFAULT_FIELDS;
        }
        for (String field : fields.split(",", -1)) {
            if (!FIELD.matcher(field.strip()).matches()) {
                return name + " '" + fields + "' has '" + field.strip() + "', which is not a field name: list names"
                       + " separated by commas, e.g. " + PardotConfiguration.DEFAULT_FIELDS;
            }
        }
        return null;
    }

    /** @return what is wrong with the orderBy, naming {@code name}; null when it is well-formed */
    static String orderByProblem(String name, String orderBy) {
        if (orderBy.isBlank()) {
            return name + " is empty: give a field and an optional direction, e.g. createdAt desc, or leave it out";
        }
        for (String item : orderBy.split(",", -1)) {
            String[] words = item.strip().split("\\s+");
            boolean direction = words.length == 1 || words.length == 2
                                && ("asc".equals(words[1].toLowerCase(Locale.ROOT))
                                    || "desc".equals(words[1].toLowerCase(Locale.ROOT)));
            if (words.length > 2 || !FIELD.matcher(words[0]).matches() || !direction) {
                return name + " '" + orderBy + "' has '" + item.strip() + "': each item is a field and an optional asc"
                       + " or desc, e.g. createdAt desc, id asc";
            }
        }
        return null;
    }

    /** The field list with {@code id} added when it lacks it (the consumer needs every record's id). */
    static String withId(String fields) {
        for (String field : fields.split(",")) {
            if ("id".equalsIgnoreCase(field.strip())) {
                return fields;
            }
        }
        return "id," + fields;
    }
}
