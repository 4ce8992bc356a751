package dev.camelpardot.emulator;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** The prospects' e-mail addresses, matched without regard to case. */
final class Prospects {

    private final Set<String> emails = ConcurrentHashMap.newKeySet();

    void add(String email) {
        emails.add(email.trim().toLowerCase(Locale.ROOT));
    }

    boolean contains(String email) {
        return emails.contains(email.trim().toLowerCase(Locale.ROOT));
    }

    Set<String> all() {
        return new TreeSet<>(emails);
    }

    void clear() {
        emails.clear();
    }
}
