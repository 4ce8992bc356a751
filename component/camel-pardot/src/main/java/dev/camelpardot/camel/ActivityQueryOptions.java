package dev.camelpardot.camel;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The filters and the order of an external-activity query, as endpoint options: what {@code operation=query} sends
 * (a header of the same name overrides an option for one exchange) and what the consumer selects. Endpoint options
 * only: a filter belongs to one route's question, not to every endpoint of the component. One typed field per
 * {@link QueryFilter}, so that the catalog, the Endpoint DSL and the reference see real types.
 */
@UriParams
public class ActivityQueryOptions {

    static final String LABEL = "filter";

    @UriParam(label = LABEL,
              description = "Only the activities whose id is greater than this (v5 idGreaterThan), a whole number.")
    private Long idGreaterThan;

    @UriParam(label = LABEL,
              description = "Only the activities whose id is this or greater (v5 idGreaterThanOrEqualTo), a whole"
                            + " number.")
    private Long idGreaterThanOrEqualTo;

    @UriParam(label = LABEL,
              description = "Only the activities whose id is less than this (v5 idLessThan), a whole number.")
    private Long idLessThan;

    @UriParam(label = LABEL,
              description = "Only the activities whose id is this or less (v5 idLessThanOrEqualTo), a whole number.")
    private Long idLessThanOrEqualTo;

    @UriParam(label = LABEL,
              description = "Only the activities whose prospectId is this (v5 prospectId), a whole number.")
    private Long prospectId;

    @UriParam(label = LABEL,
              description = "Only the activities whose prospectId is greater than this (v5 prospectIdGreaterThan), a"
                            + " whole number.")
    private Long prospectIdGreaterThan;

    @UriParam(label = LABEL,
              description = "Only the activities whose prospectId is this or greater (v5"
                            + " prospectIdGreaterThanOrEqualTo), a whole number.")
    private Long prospectIdGreaterThanOrEqualTo;

    @UriParam(label = LABEL,
              description = "Only the activities whose prospectId is less than this (v5 prospectIdLessThan), a whole"
                            + " number.")
    private Long prospectIdLessThan;

    @UriParam(label = LABEL,
              description = "Only the activities whose prospectId is this or less (v5 prospectIdLessThanOrEqualTo), a"
                            + " whole number.")
    private Long prospectIdLessThanOrEqualTo;

    @UriParam(label = LABEL,
              description = "Only the activities whose createdAt is after this (v5 createdAtAfter): ISO-8601 with an"
                            + " offset, e.g. 2025-01-01T00:00:00Z; sent to the second.")
    private OffsetDateTime createdAtAfter;

    @UriParam(label = LABEL,
              description = "Only the activities whose createdAt is at or after this (v5 createdAtAfterOrEqualTo):"
                            + " ISO-8601 with an offset, e.g. 2025-01-01T00:00:00Z; sent to the second.")
    private OffsetDateTime createdAtAfterOrEqualTo;

    @UriParam(label = LABEL,
              description = "Only the activities whose createdAt is before this (v5 createdAtBefore): ISO-8601 with an"
                            + " offset, e.g. 2025-01-01T00:00:00Z; sent to the second.")
    private OffsetDateTime createdAtBefore;

    @UriParam(label = LABEL,
              description = "Only the activities whose createdAt is at or before this (v5 createdAtBeforeOrEqualTo):"
                            + " ISO-8601 with an offset, e.g. 2025-01-01T00:00:00Z; sent to the second.")
    private OffsetDateTime createdAtBeforeOrEqualTo;

    @UriParam(label = LABEL,
              description = "Only the activities whose updatedAt is after this (v5 updatedAtAfter): ISO-8601 with an"
                            + " offset, e.g. 2025-01-01T00:00:00Z; sent to the second.")
    private OffsetDateTime updatedAtAfter;

    @UriParam(label = LABEL,
              description = "Only the activities whose updatedAt is at or after this (v5 updatedAtAfterOrEqualTo):"
                            + " ISO-8601 with an offset, e.g. 2025-01-01T00:00:00Z; sent to the second.")
    private OffsetDateTime updatedAtAfterOrEqualTo;

    @UriParam(label = LABEL,
              description = "Only the activities whose updatedAt is before this (v5 updatedAtBefore): ISO-8601 with an"
                            + " offset, e.g. 2025-01-01T00:00:00Z; sent to the second.")
    private OffsetDateTime updatedAtBefore;

    @UriParam(label = LABEL,
              description = "Only the activities whose updatedAt is at or before this (v5 updatedAtBeforeOrEqualTo):"
                            + " ISO-8601 with an offset, e.g. 2025-01-01T00:00:00Z; sent to the second.")
    private OffsetDateTime updatedAtBeforeOrEqualTo;

    @UriParam(label = LABEL,
              description = "Only the activities whose activityDate is after this (v5 activityDateAfter): ISO-8601 with"
                            + " an offset, e.g. 2025-01-01T00:00:00Z; sent to the second.")
    private OffsetDateTime activityDateAfter;

    @UriParam(label = LABEL,
              description = "Only the activities whose activityDate is at or after this (v5"
                            + " activityDateAfterOrEqualTo): ISO-8601 with an offset, e.g. 2025-01-01T00:00:00Z; sent to"
                            + " the second.")
    private OffsetDateTime activityDateAfterOrEqualTo;

    @UriParam(label = LABEL,
              description = "Only the activities whose activityDate is before this (v5 activityDateBefore): ISO-8601"
                            + " with an offset, e.g. 2025-01-01T00:00:00Z; sent to the second.")
    private OffsetDateTime activityDateBefore;

    @UriParam(label = LABEL,
              description = "Only the activities whose activityDate is at or before this (v5"
                            + " activityDateBeforeOrEqualTo): ISO-8601 with an offset, e.g. 2025-01-01T00:00:00Z; sent to"
                            + " the second.")
    private OffsetDateTime activityDateBeforeOrEqualTo;

    @UriParam(label = LABEL,
              description = "Only the activities of the extension with this DeveloperName (sent as the v5 parameter"
                            + " extension).")
    private String filterExtension;

    @UriParam(label = LABEL,
              description = "Only the activities of the activity type with this DeveloperName (sent as the v5 parameter"
                            + " type).")
    private String filterType;

    @UriParam(label = LABEL,
              description = "The order of a query's records, e.g. createdAt desc: comma-separated fields, each"
                            + " optionally followed by asc or desc (v5 orderBy; Account Engagement's default is id asc)."
                            + " Not for the consumer, which reads in id order to resume.")
    private String orderBy;

    /** The filters that are set, in {@link QueryFilter}'s order. */
    Map<QueryFilter, Object> filters() {
        Map<QueryFilter, Object> set = new EnumMap<>(QueryFilter.class);
        for (QueryFilter filter : QueryFilter.values()) {
            Object value = value(filter);
            if (value != null) {
                set.put(filter, value);
            }
        }
        return set;
    }

    private Object value(QueryFilter filter) {
        return switch (filter) {
            case ID_GREATER_THAN -> idGreaterThan;
            case ID_GREATER_THAN_OR_EQUAL_TO -> idGreaterThanOrEqualTo;
            case ID_LESS_THAN -> idLessThan;
            case ID_LESS_THAN_OR_EQUAL_TO -> idLessThanOrEqualTo;
            case PROSPECT_ID -> prospectId;
            case PROSPECT_ID_GREATER_THAN -> prospectIdGreaterThan;
            case PROSPECT_ID_GREATER_THAN_OR_EQUAL_TO -> prospectIdGreaterThanOrEqualTo;
            case PROSPECT_ID_LESS_THAN -> prospectIdLessThan;
            case PROSPECT_ID_LESS_THAN_OR_EQUAL_TO -> prospectIdLessThanOrEqualTo;
            case CREATED_AT_AFTER -> createdAtAfter;
            case CREATED_AT_AFTER_OR_EQUAL_TO -> createdAtAfterOrEqualTo;
            case CREATED_AT_BEFORE -> createdAtBefore;
            case CREATED_AT_BEFORE_OR_EQUAL_TO -> createdAtBeforeOrEqualTo;
            case UPDATED_AT_AFTER -> updatedAtAfter;
            case UPDATED_AT_AFTER_OR_EQUAL_TO -> updatedAtAfterOrEqualTo;
            case UPDATED_AT_BEFORE -> updatedAtBefore;
            case UPDATED_AT_BEFORE_OR_EQUAL_TO -> updatedAtBeforeOrEqualTo;
            case ACTIVITY_DATE_AFTER -> activityDateAfter;
            case ACTIVITY_DATE_AFTER_OR_EQUAL_TO -> activityDateAfterOrEqualTo;
            case ACTIVITY_DATE_BEFORE -> activityDateBefore;
            case ACTIVITY_DATE_BEFORE_OR_EQUAL_TO -> activityDateBeforeOrEqualTo;
            case EXTENSION -> filterExtension;
            case TYPE -> filterType;
        };
    }

    public Long getIdGreaterThan() {
        return idGreaterThan;
    }

    public void setIdGreaterThan(Long idGreaterThan) {
        this.idGreaterThan = idGreaterThan;
    }

    public Long getIdGreaterThanOrEqualTo() {
        return idGreaterThanOrEqualTo;
    }

    public void setIdGreaterThanOrEqualTo(Long idGreaterThanOrEqualTo) {
        this.idGreaterThanOrEqualTo = idGreaterThanOrEqualTo;
    }

    public Long getIdLessThan() {
        return idLessThan;
    }

    public void setIdLessThan(Long idLessThan) {
        this.idLessThan = idLessThan;
    }

    public Long getIdLessThanOrEqualTo() {
        return idLessThanOrEqualTo;
    }

    public void setIdLessThanOrEqualTo(Long idLessThanOrEqualTo) {
        this.idLessThanOrEqualTo = idLessThanOrEqualTo;
    }

    public Long getProspectId() {
        return prospectId;
    }

    public void setProspectId(Long prospectId) {
        this.prospectId = prospectId;
    }

    public Long getProspectIdGreaterThan() {
        return prospectIdGreaterThan;
    }

    public void setProspectIdGreaterThan(Long prospectIdGreaterThan) {
        this.prospectIdGreaterThan = prospectIdGreaterThan;
    }

    public Long getProspectIdGreaterThanOrEqualTo() {
        return prospectIdGreaterThanOrEqualTo;
    }

    public void setProspectIdGreaterThanOrEqualTo(Long prospectIdGreaterThanOrEqualTo) {
        this.prospectIdGreaterThanOrEqualTo = prospectIdGreaterThanOrEqualTo;
    }

    public Long getProspectIdLessThan() {
        return prospectIdLessThan;
    }

    public void setProspectIdLessThan(Long prospectIdLessThan) {
        this.prospectIdLessThan = prospectIdLessThan;
    }

    public Long getProspectIdLessThanOrEqualTo() {
        return prospectIdLessThanOrEqualTo;
    }

    public void setProspectIdLessThanOrEqualTo(Long prospectIdLessThanOrEqualTo) {
        this.prospectIdLessThanOrEqualTo = prospectIdLessThanOrEqualTo;
    }

    public OffsetDateTime getCreatedAtAfter() {
        return createdAtAfter;
    }

    public void setCreatedAtAfter(OffsetDateTime createdAtAfter) {
        this.createdAtAfter = createdAtAfter;
    }

    public OffsetDateTime getCreatedAtAfterOrEqualTo() {
        return createdAtAfterOrEqualTo;
    }

    public void setCreatedAtAfterOrEqualTo(OffsetDateTime createdAtAfterOrEqualTo) {
        this.createdAtAfterOrEqualTo = createdAtAfterOrEqualTo;
    }

    public OffsetDateTime getCreatedAtBefore() {
        return createdAtBefore;
    }

    public void setCreatedAtBefore(OffsetDateTime createdAtBefore) {
        this.createdAtBefore = createdAtBefore;
    }

    public OffsetDateTime getCreatedAtBeforeOrEqualTo() {
        return createdAtBeforeOrEqualTo;
    }

    public void setCreatedAtBeforeOrEqualTo(OffsetDateTime createdAtBeforeOrEqualTo) {
        this.createdAtBeforeOrEqualTo = createdAtBeforeOrEqualTo;
    }

    public OffsetDateTime getUpdatedAtAfter() {
        return updatedAtAfter;
    }

    public void setUpdatedAtAfter(OffsetDateTime updatedAtAfter) {
        this.updatedAtAfter = updatedAtAfter;
    }

    public OffsetDateTime getUpdatedAtAfterOrEqualTo() {
        return updatedAtAfterOrEqualTo;
    }

    public void setUpdatedAtAfterOrEqualTo(OffsetDateTime updatedAtAfterOrEqualTo) {
        this.updatedAtAfterOrEqualTo = updatedAtAfterOrEqualTo;
    }

    public OffsetDateTime getUpdatedAtBefore() {
        return updatedAtBefore;
    }

    public void setUpdatedAtBefore(OffsetDateTime updatedAtBefore) {
        this.updatedAtBefore = updatedAtBefore;
    }

    public OffsetDateTime getUpdatedAtBeforeOrEqualTo() {
        return updatedAtBeforeOrEqualTo;
    }

    public void setUpdatedAtBeforeOrEqualTo(OffsetDateTime updatedAtBeforeOrEqualTo) {
        this.updatedAtBeforeOrEqualTo = updatedAtBeforeOrEqualTo;
    }

    public OffsetDateTime getActivityDateAfter() {
        return activityDateAfter;
    }

    public void setActivityDateAfter(OffsetDateTime activityDateAfter) {
        this.activityDateAfter = activityDateAfter;
    }

    public OffsetDateTime getActivityDateAfterOrEqualTo() {
        return activityDateAfterOrEqualTo;
    }

    public void setActivityDateAfterOrEqualTo(OffsetDateTime activityDateAfterOrEqualTo) {
        this.activityDateAfterOrEqualTo = activityDateAfterOrEqualTo;
    }

    public OffsetDateTime getActivityDateBefore() {
        return activityDateBefore;
    }

    public void setActivityDateBefore(OffsetDateTime activityDateBefore) {
        this.activityDateBefore = activityDateBefore;
    }

    public OffsetDateTime getActivityDateBeforeOrEqualTo() {
        return activityDateBeforeOrEqualTo;
    }

    public void setActivityDateBeforeOrEqualTo(OffsetDateTime activityDateBeforeOrEqualTo) {
        this.activityDateBeforeOrEqualTo = activityDateBeforeOrEqualTo;
    }

    public String getFilterExtension() {
        return filterExtension;
    }

    public void setFilterExtension(String filterExtension) {
        this.filterExtension = filterExtension;
    }

    public String getFilterType() {
        return filterType;
    }

    public void setFilterType(String filterType) {
        this.filterType = filterType;
    }

    public String getOrderBy() {
        return orderBy;
    }

    public void setOrderBy(String orderBy) {
        this.orderBy = orderBy;
    }
}
