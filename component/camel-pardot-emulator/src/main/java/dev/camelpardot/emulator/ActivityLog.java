package dev.camelpardot.emulator;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The external activities accepted, in order, by id and per business unit. */
final class ActivityLog {

    private final List<RecordedActivity> all = new ArrayList<>();
    private final Map<String, RecordedActivity> byId = new HashMap<>();
    private final Map<String, List<RecordedActivity>> byBusinessUnit = new HashMap<>();
    /** Ids keep growing across resets, so an id seen before a reset never names another activity. */
    private long nextId = 1_000_001;

    /** What a create adds; the log gives it its id. */
    record NewActivity(String businessUnitId, String extension, String type, String email, String value,
            OffsetDateTime activityDate, OffsetDateTime createdAt, long prospectId, String extensionSalesforceId,
            String typeSalesforceId) {
    }

    synchronized RecordedActivity record(NewActivity a) {
        RecordedActivity activity = new RecordedActivity(Long.toString(nextId++), a.businessUnitId(), a.extension(),
                a.type(), a.email(), a.value(), a.activityDate(), a.createdAt(), a.prospectId(),
                a.extensionSalesforceId(), a.typeSalesforceId(), Instant.now());
        all.add(activity);
        byId.put(activity.id(), activity);
        byBusinessUnit.computeIfAbsent(a.businessUnitId(), id -> new ArrayList<>()).add(activity);
        return activity;
    }

    synchronized List<RecordedActivity> all() {
        return List.copyOf(all);
    }

    synchronized int count() {
        return all.size();
    }

    /** An activity visible in a business unit. */
    synchronized Optional<RecordedActivity> find(String businessUnitId, String id) {
        RecordedActivity activity = byId.get(id);
        return activity != null && activity.businessUnitId().equals(businessUnitId) ? Optional.of(activity) : Optional.empty();
    }

    /** The activities of a business unit, oldest first. */
    synchronized List<RecordedActivity> of(String businessUnitId) {
        return List.copyOf(byBusinessUnit.getOrDefault(businessUnitId, List.of()));
    }

    synchronized void clear() {
        all.clear();
        byId.clear();
        byBusinessUnit.clear();
    }
}
