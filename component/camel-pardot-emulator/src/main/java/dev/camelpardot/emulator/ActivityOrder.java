package dev.camelpardot.emulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static dev.camelpardot.emulator.AccountEngagementError.badRequest;

/**
 * The {@code orderBy} parameter of an external-activity query: a comma-separated list of fields, each with an
 * optional {@code ASC} (the default) or {@code DESC}, e.g. {@code createdAt desc, id}. Without it: {@code id ASC},
 * i.e. oldest first. Records the list leaves tied are ordered by id in the direction of the first field, so that
 * every ordering is total and a page token can resume exactly after its last record.
 */
record ActivityOrder(List<Key> keys) {

    record Key(ActivityAttribute attribute, boolean descending) {
    }

    static final ActivityOrder DEFAULT = new ActivityOrder(List.of(new Key(ActivityAttribute.ID, false)));

    static final List<ActivityAttribute> SORTABLE = List.of(ActivityAttribute.ID, ActivityAttribute.CREATED_AT,
            ActivityAttribute.UPDATED_AT, ActivityAttribute.ACTIVITY_DATE);

    /** @throws AccountEngagementError 19 for an empty list, an unknown or unsortable field or a direction other than ASC/DESC */
    static ActivityOrder parse(String orderBy) {
        if (orderBy == null) {
            return DEFAULT;
        }
        List<Key> keys = new ArrayList<>();
        for (String item : orderBy.split(",", -1)) {
            String[] words = item.trim().split("\\s+");
            if (words.length == 0 || words[0].isEmpty() || words.length > 2) {
                throw invalid(orderBy, "each item is a field name and an optional ASC or DESC");
            }
            ActivityAttribute attribute = ActivityAttribute.byFieldName(words[0]).filter(SORTABLE::contains)
                    .orElseThrow(() -> invalid(orderBy, "'" + words[0] + "' is not a sortable field"));
            String direction = words.length == 2 ? words[1].toUpperCase(Locale.ROOT) : "ASC";
            if (!direction.equals("ASC") && !direction.equals("DESC")) {
                throw invalid(orderBy, "the direction '" + words[1] + "' is neither ASC nor DESC");
            }
            keys.add(new Key(attribute, direction.equals("DESC")));
        }
        return new ActivityOrder(List.copyOf(keys));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Comparator<RecordedActivity> comparator() {
        Comparator<RecordedActivity> comparator = null;
        boolean sortsById = false;
        for (Key key : keys) {
            Comparator<RecordedActivity> next = Comparator.comparing(a -> (Comparable) key.attribute().valueOf(a));
            if (key.descending()) {
                next = next.reversed();
            }
            comparator = comparator == null ? next : comparator.thenComparing(next);
            sortsById |= key.attribute() == ActivityAttribute.ID;
        }
        if (!sortsById) {
            Comparator<RecordedActivity> byId = Comparator.comparingLong(a -> Long.parseLong(a.id()));
            comparator = comparator.thenComparing(keys.get(0).descending() ? byId.reversed() : byId);
        }
        return comparator;
    }

    private static AccountEngagementError invalid(String orderBy, String why) {
        StringBuilder sortable = new StringBuilder();
        SORTABLE.forEach(a -> sortable.append(sortable.length() == 0 ? "" : ", ").append(a.fieldName()));
        return badRequest(AccountEngagementError.INVALID_SORT, "Invalid value specified for orderBy: '" + orderBy
                + "': " + why + " (sortable fields: " + sortable + ")");
    }
}
