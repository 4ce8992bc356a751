package dev.camelpardot.camel;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.camelpardot.camel.PardotOperation.ACTIVATE;
import static dev.camelpardot.camel.PardotOperation.ASSIGN;
import static dev.camelpardot.camel.PardotOperation.CREATE;
import static dev.camelpardot.camel.PardotOperation.DEACTIVATE;
import static dev.camelpardot.camel.PardotOperation.ENSURE;
import static dev.camelpardot.camel.PardotOperation.GET;
import static dev.camelpardot.camel.PardotOperation.LIST;
import static dev.camelpardot.camel.PardotOperation.QUERY;
import static dev.camelpardot.camel.PardotOperation.READ;
import static dev.camelpardot.camel.PardotOperation.UNASSIGN;
import static dev.camelpardot.camel.PardotOperation.UPDATE;

/** The resource of a {@code pardot:} endpoint (its URI path) and the operations each one offers. */
public enum PardotResource {
    EXTERNAL_ACTIVITY("external-activity", CREATE, EnumSet.of(CREATE, READ, QUERY)),
    EXTENSION("extension", null, EnumSet.of(CREATE, GET, LIST, UPDATE, ENSURE, ASSIGN, UNASSIGN)),
    ACTIVITY_TYPE("activity-type", null, EnumSet.of(CREATE, GET, LIST, UPDATE, ENSURE, ACTIVATE, DEACTIVATE));

    private final String uriName;
    private final PardotOperation defaultOperation;
    private final Set<PardotOperation> operations;

    PardotResource(String uriName, PardotOperation defaultOperation, Set<PardotOperation> operations) {
        this.uriName = uriName;
        this.defaultOperation = defaultOperation;
        this.operations = operations;
    }

    /** The name in the URI, e.g. {@code external-activity}. */
    public String uriName() {
        return uriName;
    }

    /** The operation used when none is given, or null when one must be given. */
    public PardotOperation defaultOperation() {
        return defaultOperation;
    }

    public Set<PardotOperation> operations() {
        return operations;
    }

    /**
     * The resource named in the URI ({@code external-activity}, {@code extension}, {@code activity-type}; the enum
     * constant names are accepted too).
     *
     * @throws IllegalArgumentException naming the valid resources
     */
    public static PardotResource fromUri(String text) {
        String wanted = text == null ? "" : text.strip();
        if (wanted.startsWith("//")) {
            wanted = wanted.substring(2);
        }
        for (PardotResource resource : values()) {
            if (resource.uriName.equalsIgnoreCase(wanted) || resource.name().equalsIgnoreCase(wanted)) {
                return resource;
            }
        }
        throw new IllegalArgumentException("unknown pardot resource '" + text + "': use one of " + names()
                + ", e.g. pardot:external-activity?extension=X&type=Y");
    }

    /** The operation to run: {@code requested}, or the default; checked against this resource's operations. */
    public PardotOperation resolveOperation(PardotOperation requested) {
        PardotOperation operation = requested != null ? requested : defaultOperation;
        if (operation == null) {
            throw new IllegalArgumentException("pardot:" + uriName + " needs the option operation: one of "
                    + describe(operations));
        }
        if (!operations.contains(operation)) {
            throw new IllegalArgumentException("operation " + operation + " is not supported by pardot:" + uriName
                    + ": use one of " + describe(operations));
        }
        return operation;
    }

    private static String names() {
        return Arrays.stream(values()).map(PardotResource::uriName).collect(Collectors.joining(", "));
    }

    private static String describe(Set<PardotOperation> operations) {
        return operations.stream().map(PardotOperation::toString).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return uriName;
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
