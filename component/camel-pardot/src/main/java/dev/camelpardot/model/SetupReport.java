package dev.camelpardot.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a setup operation changed, record by record, in the order it was done. {@link #changed()} is false when
 * the org already matched (the second run of the same {@code ensure}); {@link #summary()} then reads
 * "nothing changed".
 */
public record SetupReport(List<SetupChange> changes) {

    public SetupReport {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public static SetupReport of(SetupChange... changes) {
        return new SetupReport(List.of(changes));
    }

    /** This report's changes followed by {@code other}'s. */
    public SetupReport plus(SetupReport other) {
        List<SetupChange> all = new ArrayList<>(changes);
        all.addAll(other.changes);
        return new SetupReport(all);
    }

    public SetupReport plus(SetupChange change) {
        List<SetupChange> all = new ArrayList<>(changes);
        all.add(change);
        return new SetupReport(all);
    }

    /** True when at least one record was created, updated or deleted. */
    public boolean changed() {
        return changes.stream().anyMatch(SetupChange::changed);
    }

    /** Only the entries that changed something. */
    public List<SetupChange> changesMade() {
        return changes.stream().filter(SetupChange::changed).collect(Collectors.toList());
    }

    /** "nothing changed", or one line per change made, e.g. "EXTENSION Webinar: CREATED". */
    public String summary() {
        List<SetupChange> made = changesMade();
        if (made.isEmpty()) {
            return "nothing changed";
        }
        return made.stream().map(SetupChange::toString).collect(Collectors.joining("; "));
    }

    @Override
    public String toString() {
        return "SetupReport[" + summary() + "]";
    }
}
