package dev.camelpardot.emulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Runs a parsed {@link Soql.Query} over the stored records of one {@link ApiSurface} and renders the rows as
 * Salesforce does: each with an {@code attributes} block, the selected fields, and a nested record per
 * relationship (e.g. {@code MarketingAppExtension.DeveloperName}). String comparisons ignore case, as SOQL's do;
 * ids do not.
 */
final class SObjectQuery {

    private final ToolingStore store;
    private final ApiSurface surface;
    private final String apiVersion;

    /** A field reference resolved against an object: direct, or through one lookup. */
    private record Path(String text, FieldSpec lookup, ToolingObjectType target, FieldSpec field) {

        Object valueOf(SObjectRecord record, ToolingStore store) {
            if (lookup == null) {
                return record.get(field.name());
            }
            SObjectRecord parent = parent(record, store);
            return parent == null ? null : parent.get(field.name());
        }

        SObjectRecord parent(SObjectRecord record, ToolingStore store) {
            Object id = record.get(lookup.name());
            return id == null ? null : store.get(target, id.toString()).orElse(null);
        }
    }

    SObjectQuery(ToolingStore store, ApiSurface surface, String apiVersion) {
        this.store = store;
        this.surface = surface;
        this.apiVersion = apiVersion;
    }

    Map<String, Object> run(Soql.Query query) {
        ToolingObjectType type = surface.type(query.object()).orElseThrow(() -> ToolingError.badRequest(
                "INVALID_TYPE", "sObject type '" + query.object() + "' is not supported. The emulator serves "
                        + served() + " here."));
        List<Path> selected = new ArrayList<>();
        for (String field : query.fields()) {
            Path path = resolve(type, field);
            if (selected.stream().noneMatch(p -> p.text().equalsIgnoreCase(path.text()))) {
                selected.add(path);
            }
        }
        List<SObjectRecord> rows = new ArrayList<>();
        List<Path> conditionPaths = new ArrayList<>();
        for (Soql.Condition condition : query.where()) {
            Path path = resolve(type, condition.field());
            condition.values().forEach(value -> checkLiteral(path, value));
            conditionPaths.add(path);
        }
        for (SObjectRecord record : store.list(type)) {
            if (matches(record, query.where(), conditionPaths)) {
                rows.add(record);
            }
        }
        rows.sort(ordering(type, query.orderBy()));
        if (query.limit() != null && rows.size() > query.limit()) {
            rows = rows.subList(0, query.limit());
        }
        List<Object> records = new ArrayList<>(rows.size());
        for (SObjectRecord row : rows) {
            records.add(render(row, selected));
        }
        return surface.queryResult(type, records);
    }

    private String served() {
        List<String> names = new ArrayList<>();
        surface.types().forEach(type -> names.add(type.apiName()));
        return String.join(", ", names);
    }

    /** The {@code attributes} block of a record. */
    Map<String, Object> attributes(SObjectRecord record) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("type", record.type().apiName());
        attributes.put("url", surface.basePath(apiVersion) + "/sobjects/" + record.type().apiName() + "/" + record.id());
        return attributes;
    }

    private Map<String, Object> render(SObjectRecord record, List<Path> selected) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("attributes", attributes(record));
        for (Path path : selected) {
            if (path.lookup() == null) {
                row.put(path.field().name(), record.get(path.field().name()));
                continue;
            }
            String relationship = path.lookup().relationshipName();
            SObjectRecord parent = path.parent(record, store);
            if (parent == null) {
                row.put(relationship, null);
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> nested = (Map<String, Object>) row.computeIfAbsent(relationship, r -> {
                Map<String, Object> fresh = new LinkedHashMap<>();
                fresh.put("attributes", attributes(parent));
                return fresh;
            });
            nested.put(path.field().name(), parent.get(path.field().name()));
        }
        return row;
    }

    private boolean matches(SObjectRecord record, List<Soql.Condition> conditions, List<Path> paths) {
        for (int i = 0; i < conditions.size(); i++) {
            Soql.Condition condition = conditions.get(i);
            Object actual = paths.get(i).valueOf(record, store);
            boolean any = false;
            for (Object literal : condition.values()) {
                any |= equal(paths.get(i).field(), actual, literal);
            }
            boolean ok = condition.operator() == Soql.Operator.NOT_EQUALS ? !any : any;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean equal(FieldSpec field, Object actual, Object literal) {
        if (literal == null) {
            return actual == null;
        }
        if (actual == null) {
            return false;
        }
        if (literal instanceof Boolean) {
            return literal.equals(actual);
        }
        String text = literal instanceof Soql.Quoted ? ((Soql.Quoted) literal).text() : literal.toString();
        boolean caseSensitive = field.type() == FieldType.ID || field.type() == FieldType.REFERENCE;
        return caseSensitive ? text.equals(actual.toString()) : text.equalsIgnoreCase(actual.toString());
    }

    private static void checkLiteral(Path path, Object literal) {
        if (literal == null) {
            return;
        }
        FieldType type = path.field().type();
        if (type == FieldType.BOOLEAN && !(literal instanceof Boolean)) {
            throw ToolingError.badRequest("INVALID_FIELD", "value of filter criterion for field '" + path.text()
                    + "' must be of type boolean and should not be enclosed in quotes");
        }
        if (type != FieldType.BOOLEAN && (literal instanceof Boolean || literal instanceof BigDecimal)) {
            throw ToolingError.badRequest("INVALID_FIELD", "value of filter criterion for field '" + path.text()
                    + "' must be of type " + type.name().toLowerCase(Locale.ROOT) + " and should be enclosed in quotes");
        }
    }

    private Comparator<SObjectRecord> ordering(ToolingObjectType type, List<Soql.Order> orderBy) {
        Comparator<SObjectRecord> comparator = Comparator.comparing(SObjectRecord::id);
        for (int i = orderBy.size() - 1; i >= 0; i--) {
            Soql.Order order = orderBy.get(i);
            Path path = resolve(type, order.field());
            Comparator<Object> values = Comparator.comparing(SObjectQuery::sortKey);
            if (order.descending()) {
                values = values.reversed();
            }
            values = order.nullsLast() ? Comparator.nullsLast(values) : Comparator.nullsFirst(values);
            Comparator<Object> finalValues = values;
            comparator = Comparator.<SObjectRecord, Object>comparing(r -> path.valueOf(r, store), finalValues)
                    .thenComparing(comparator);
        }
        return comparator;
    }

    private static String sortKey(Object value) {
        return Objects.toString(value).toLowerCase(Locale.ROOT);
    }

    private Path resolve(ToolingObjectType type, String text) {
        int dot = text.indexOf('.');
        if (dot < 0) {
            FieldSpec field = type.field(text).orElseThrow(() -> noSuchColumn(text, type));
            return new Path(field.name(), null, null, field);
        }
        String relationship = text.substring(0, dot);
        String name = text.substring(dot + 1);
        FieldSpec lookup = type.relationship(relationship).orElseThrow(() -> ToolingError.badRequest("INVALID_FIELD",
                "Didn't understand relationship '" + relationship + "' in field path. The relationships of "
                        + type.apiName() + " are named after their lookups (e.g. MarketingAppExtension, Parent)."));
        ToolingObjectType target = surface.type(lookup.referenceTo()).orElseThrow(() -> ToolingError.badRequest(
                "INVALID_FIELD", "The emulator does not serve " + lookup.referenceTo() + " records, so the relationship '"
                        + relationship + "' cannot be followed; select " + lookup.name() + " instead."));
        FieldSpec field = target.field(name).orElseThrow(() -> noSuchColumn(name, target));
        return new Path(lookup.relationshipName() + "." + field.name(), lookup, target, field);
    }

    private static ToolingError noSuchColumn(String field, ToolingObjectType type) {
        return ToolingError.badRequest("INVALID_FIELD", "No such column '" + field + "' on entity '" + type.apiName()
                + "'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name."
                + " Please reference your WSDL or the describe call for the appropriate names.");
    }
}
