package dev.camelpardot.emulator;

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

    synchronized RecordedActivity record(String businessUnitId, String extension, String type, String email,
            String value, OffsetDateTime activityDate, OffsetDateTime createdAt) {
        RecordedActivity activity = new RecordedActivity(Long.toString(nextId++), businessUnitId, extension, type,
                email, value, activityDate, createdAt);
        all.add(activity);
        byId.put(activity.id(), activity);
        byBusinessUnit.computeIfAbsent(businessUnitId, id -> new ArrayList<>()).add(activity);
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

    /** Up to {@code limit} activities of a business unit from position {@code offset}, oldest first. */
    synchronized List<RecordedActivity> page(String businessUnitId, int offset, int limit) {
        List<RecordedActivity> list = byBusinessUnit.getOrDefault(businessUnitId, List.of());
        if (offset >= list.size()) {
            return List.of();
        }
        return List.copyOf(list.subList(offset, Math.min(list.size(), offset + limit)));
    }

    synchronized int count(String businessUnitId) {
        return byBusinessUnit.getOrDefault(businessUnitId, List.of()).size();
    }

    synchronized void clear() {
        all.clear();
        byId.clear();
        byBusinessUnit.clear();
    }
}
