package dev.camelpardot.emulator;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The prospects, by e-mail address matched without regard to case. Every address also has a prospect id, known
 * prospect or not: with {@link UnknownEmailPolicy#ACCEPT} an activity for any address is accepted as if its
 * prospect existed, and its {@code prospectId} must stay the same across activities and once the prospect is
 * upserted. One prospect per address: the emulator does not model "allow multiple prospects with the same e-mail".
 */
final class Prospects {

    /** What an upsert did: the prospect as it is now, and whether it was created. */
    record Upsert(ProspectRecord prospect, boolean created) {
    }

    private final Map<String, ProspectRecord> known = new ConcurrentHashMap<>();
    private final Map<String, Long> ids = new ConcurrentHashMap<>();
    /** Ids keep growing across resets, so an id seen before a reset never names another prospect. */
    private final AtomicLong nextId = new AtomicLong(5_000_001);

    /** Seeds a prospect with nothing but its e-mail (kept as it is if it exists). */
    void add(String email) {
        OffsetDateTime now = now();
        known.computeIfAbsent(key(email), k -> new ProspectRecord(idFor(email), email.trim(), Map.of(), now, now));
    }

    boolean contains(String email) {
        return known.containsKey(key(email));
    }

    Optional<ProspectRecord> find(String email) {
        return Optional.ofNullable(known.get(key(email)));
    }

    /** The id of the address's prospect; the same for the same address until {@link #clear()}. */
    long idFor(String email) {
        ProspectRecord prospect = known.get(key(email));
        return prospect != null ? prospect.id() : ids.computeIfAbsent(key(email), k -> nextId.getAndIncrement());
    }

    /**
     * upsertLatestByEmail: updates the prospect of {@code matchEmail} with {@code fields} (which may change its
     * e-mail), or creates one with {@code email} (or {@code matchEmail} when absent) if none has that address.
     */
    synchronized Upsert upsert(String matchEmail, String email, Map<String, Object> fields) {
        OffsetDateTime now = now();
        ProspectRecord existing = known.get(key(matchEmail));
        if (existing == null) {
            String address = email != null ? email.trim() : matchEmail.trim();
            ProspectRecord created = new ProspectRecord(idFor(address), address, fields, now, now);
            known.put(key(address), created);
            return new Upsert(created, true);
        }
        Map<String, Object> merged = new LinkedHashMap<>(existing.fields());
        merged.putAll(fields);
        String address = email != null ? email.trim() : existing.email();
        ProspectRecord updated = new ProspectRecord(existing.id(), address, merged, existing.createdAt(), now);
        known.remove(key(existing.email()));
        known.put(key(address), updated);
        return new Upsert(updated, false);
    }

    Set<String> all() {
        Set<String> emails = new TreeSet<>();
        known.keySet().forEach(emails::add);
        return emails;
    }

    void clear() {
        known.clear();
        ids.clear();
    }

    private static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }
}
