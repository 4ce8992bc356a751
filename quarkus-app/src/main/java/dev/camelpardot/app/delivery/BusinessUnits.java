package dev.camelpardot.app.delivery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;

import dev.camelpardot.api.PardotValidationException;
import dev.camelpardot.app.AppConfig;
import dev.camelpardot.app.RunModeDecision;
import dev.camelpardot.emulator.EmulatorDefaults;
import io.quarkus.runtime.configuration.ConfigurationException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The business units this app delivers to: the default ({@code camel.component.pardot.business-unit-id}) and those
 * of {@code pardot.business-units}, each with {@code camel.component.pardot.max-concurrent-requests} delivery slots.
 * An event names its unit in {@code businessUnitId}; one that names none goes to the default.
 */
@Singleton
public class BusinessUnits {

    /** The record field that names the business unit. */
    public static final String FIELD = "businessUnitId";

    static final String DEFAULT_SETTING = "camel.component.pardot.business-unit-id";
    static final String EXTRA_SETTING = "pardot.business-units";
    static final String SLOTS_SETTING = "camel.component.pardot.max-concurrent-requests";

    private static final Pattern ID = Pattern.compile("0Uv[A-Za-z0-9]{15}");

    private final String defaultId;
    private final List<String> all;
    private final int slots;

    @Inject
    public BusinessUnits(AppConfig config, RunModeDecision mode) {
        this(mode.isDemo() ? EmulatorDefaults.BUSINESS_UNIT_ID
                        : ConfigProvider.getConfig().getOptionalValue(DEFAULT_SETTING, String.class).orElse(null),
                config.businessUnits().orElse(List.of()), slots(ConfigProvider.getConfig()));
    }

    BusinessUnits(String defaultId, List<String> extra, int slots) {
        List<String> problems = new ArrayList<>();
        String id = defaultId == null ? null : defaultId.strip();
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(DEFAULT_SETTING + " must be the 18-character business unit id starting 0Uv (Setup > Business"
                         + " Unit Setup)" + (id == null ? "" : ", was '" + id + "'"));
        }
        Set<String> units = new LinkedHashSet<>();
        units.add(id);
        for (String other : extra) {
            String value = other.strip();
            if (!ID.matcher(value).matches()) {
                problems.add(EXTRA_SETTING + " lists '" + value + "', which is not an 18-character business unit id"
                             + " starting 0Uv");
            }
            units.add(value);
        }
        if (slots < 1) {
            problems.add(SLOTS_SETTING + " must be 1 or more, was " + slots);
        }
        if (!problems.isEmpty()) {
            // Quarkus prints a ConfigurationException's message alone, without a stack trace
            throw new ConfigurationException("The business units cannot be used: " + String.join("; ", problems));
        }
        this.defaultId = id;
        this.all = List.copyOf(units);
        this.slots = slots;
    }

    private static int slots(Config config) {
        return config.getOptionalValue(SLOTS_SETTING, Integer.class).orElse(5);
    }

    public String defaultId() {
        return defaultId;
    }

    /** Every business unit, the default first. */
    public List<String> all() {
        return all;
    }

    /** Delivery slots per business unit: at most this many calls in flight for it, over every replica. */
    public int slots() {
        return slots;
    }

    /**
     * The business unit a record names in {@link #FIELD}, else {@code fallback} when given, else the default.
     *
     * @throws PardotValidationException naming the field when the record names a unit this app does not deliver to
     */
    public String of(JsonNode record, String fallback) {
        JsonNode named = record == null ? null : record.get(FIELD);
        if (named == null || named.isNull() || named.asText().isBlank()) {
            return fallback != null ? resolve(fallback) : defaultId;
        }
        if (!named.isTextual()) {
            throw new PardotValidationException(FIELD, FIELD + " must be a string such as " + defaultId);
        }
        return resolve(named.asText());
    }

    private String resolve(String requested) {
        String id = requested.strip();
        if (!ID.matcher(id).matches()) {
            throw new PardotValidationException(FIELD, FIELD + " '" + id + "' is not a business unit id: it must be the"
                    + " 18-character id starting 0Uv, one of " + all);
        }
        if (!all.contains(id)) {
            throw new PardotValidationException(FIELD, FIELD + " " + id + " is not a business unit this app delivers"
                    + " to (" + String.join(", ", all) + "): add it to " + EXTRA_SETTING + ", or send the event without"
                    + " " + FIELD + " for the default");
        }
        return id;
    }
}
