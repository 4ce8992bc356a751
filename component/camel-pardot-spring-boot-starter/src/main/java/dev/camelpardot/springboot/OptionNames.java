package dev.camelpardot.springboot;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.camel.spi.PropertyConfigurerGetter;

/**
 * The component's options as its generated configurer knows them, found from any spelling Spring passes on
 * ({@code max-concurrent-requests}, {@code max.concurrent.requests}, {@code MAX_CONCURRENT_REQUESTS}): compared without
 * dashes, dots, underscores and case, as the configurer itself matches names when asked to ignore case.
 */
final class OptionNames {

    private final PropertyConfigurerGetter configurer;
    /** Normalized → catalog name, for messages and suggestions; may be empty when the catalog is not available. */
    private final Map<String, String> catalogNames = new TreeMap<>();

    OptionNames(PropertyConfigurerGetter configurer, Iterable<String> catalogNames) {
        this.configurer = configurer;
        catalogNames.forEach(name -> this.catalogNames.put(normalize(name), name));
    }

    static String normalize(String name) {
        return name.replace("-", "").replace(".", "").replace("_", "").toLowerCase(Locale.ROOT);
    }

    /** The key to bind (with ignore-case) for this spelling, if the component has such an option. */
    Optional<String> find(String spelling) {
        String key = normalize(spelling);
        return configurer.getOptionType(key, true) != null ? Optional.of(key) : Optional.empty();
    }

    /** The catalog's camelCase name of an option found by {@link #find}. */
    String displayName(String key) {
        return catalogNames.getOrDefault(key, key);
    }

    /** The option whose name is nearest to a misspelling (at most 3 edits away), for the error message. */
    Optional<String> nearest(String spelling) {
        String key = normalize(spelling);
        String best = null;
        int bestDistance = 4;
        for (Map.Entry<String, String> option : catalogNames.entrySet()) {
            int distance = distance(key, option.getKey());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = option.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
