package dev.camelpardot.emulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One v5 filter parameter of an external-activity query, named after the field as the Version 5 overview names
 * them: {@code idGreaterThan}, {@code idLessThanOrEqualTo}, ... for numbers, {@code createdAtAfter},
 * {@code activityDateBeforeOrEqualTo}, ... for datetimes, and the bare field name for equality
 * ({@code prospectId=42}, {@code type=Registered}).
 */
record ActivityFilter(ActivityAttribute attribute, Comparison comparison, Comparable<?> value) {

    enum Comparison {
        EQUAL_TO, GREATER_THAN, GREATER_THAN_OR_EQUAL_TO, LESS_THAN, LESS_THAN_OR_EQUAL_TO;

        boolean accepts(int comparedToValue) {
            switch (this) {
                case EQUAL_TO:
                    return comparedToValue == 0;
                case GREATER_THAN:
                    return comparedToValue > 0;
                case GREATER_THAN_OR_EQUAL_TO:
                    return comparedToValue >= 0;
                case LESS_THAN:
                    return comparedToValue < 0;
                default:
                    return comparedToValue <= 0;
            }
        }
    }

    private record Parameter(ActivityAttribute attribute, Comparison comparison) {
    }

    /** Every filter parameter name the emulator accepts, with what it compares. */
    private static final Map<String, Parameter> PARAMETERS = parameters();

    /** The filter a query parameter names, if it names one. @throws AccountEngagementError for a malformed value */
    static Optional<ActivityFilter> parse(String name, String value) {
        Parameter parameter = PARAMETERS.get(name);
        if (parameter == null) {
            return Optional.empty();
        }
        return Optional.of(new ActivityFilter(parameter.attribute(), parameter.comparison(),
                parameter.attribute().parse(name, value)));
    }

    static boolean isParameter(String name) {
        return PARAMETERS.containsKey(name);
    }

    static Iterable<String> parameterNames() {
        return PARAMETERS.keySet();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    boolean matches(RecordedActivity activity) {
        Comparable actual = attribute.valueOf(activity);
        return comparison.accepts(actual.compareTo(value));
    }

    private static Map<String, Parameter> parameters() {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (ActivityAttribute attribute : ActivityAttribute.values()) {
            String field = attribute.fieldName();
            parameters.put(field, new Parameter(attribute, Comparison.EQUAL_TO));
            if (attribute.kind() == ActivityAttribute.Kind.NUMBER) {
                parameters.put(field + "GreaterThan", new Parameter(attribute, Comparison.GREATER_THAN));
                parameters.put(field + "GreaterThanOrEqualTo", new Parameter(attribute, Comparison.GREATER_THAN_OR_EQUAL_TO));
                parameters.put(field + "LessThan", new Parameter(attribute, Comparison.LESS_THAN));
                parameters.put(field + "LessThanOrEqualTo", new Parameter(attribute, Comparison.LESS_THAN_OR_EQUAL_TO));
            } else if (attribute.kind() == ActivityAttribute.Kind.DATETIME) {
                parameters.put(field + "After", new Parameter(attribute, Comparison.GREATER_THAN));
                parameters.put(field + "AfterOrEqualTo", new Parameter(attribute, Comparison.GREATER_THAN_OR_EQUAL_TO));
                parameters.put(field + "Before", new Parameter(attribute, Comparison.LESS_THAN));
                parameters.put(field + "BeforeOrEqualTo", new Parameter(attribute, Comparison.LESS_THAN_OR_EQUAL_TO));
            }
        }
        return Collections.unmodifiableMap(parameters);
    }
}
