package dev.camelpardot.camel;

import java.util.regex.Pattern;

import dev.camelpardot.api.PardotValidationException;
import org.apache.camel.Exchange;

/**
 * Checks business unit ids before anything is sent, so a typo fails the start (the option) or the one exchange (the
 * header) instead of costing a call that Account Engagement refuses with 181, 182 or 201.
 */
final class BusinessUnitIds {

    private static final Pattern VALID = Pattern.compile("^0Uv[A-Za-z0-9]{15}$");
    private static final String WHERE = " (Setup > Business Unit Setup in Salesforce)";
    private static final String OPTION_WHERE = " (Setup > Business Unit Setup in Salesforce; option businessUnitId,"
                                               + " camel.component.pardot.business-unit-id)";

    private BusinessUnitIds() {
    }

    /** @return a message naming the problem with the option and the fix, or null when the id is well-formed */
    static String problem(String businessUnitId) {
        if (businessUnitId == null || businessUnitId.isBlank()) {
            return "businessUnitId is not set: set it to the 18-character business unit id starting 0Uv" + OPTION_WHERE;
        }
        return problem("businessUnitId", businessUnitId, OPTION_WHERE);
    }

    /**
     * The business unit of this exchange: the header {@value PardotConstants#BUSINESS_UNIT_ID} when set, else the
     * endpoint's option (checked when the endpoint started).
     *
     * @throws PardotValidationException naming the header when its value is not a business unit id
     */
    static String of(Exchange exchange, PardotConfiguration configuration) {
        String header = exchange.getMessage().getHeader(PardotConstants.BUSINESS_UNIT_ID, String.class);
        if (header == null) {
            return configuration.getBusinessUnitId();
        }
        String problem = header.isBlank()
                ? PardotConstants.BUSINESS_UNIT_ID + " is empty: remove the header to use the endpoint's businessUnitId,"
                  + " or set the 18-character id starting 0Uv" + WHERE
                : problem(PardotConstants.BUSINESS_UNIT_ID, header, WHERE);
        if (problem != null) {
            throw new PardotValidationException(PardotConstants.BUSINESS_UNIT_ID, problem);
        }
        return header.strip();
    }

    private static String problem(String name, String value, String where) {
        String id = value.strip();
        if (id.length() != 18) {
            return name + " '" + id + "' is " + id.length() + " characters: it must be the 18-character id starting 0Uv"
                   + where;
        }
        if (!id.startsWith("0Uv")) {
            return name + " '" + id + "' does not start with 0Uv: it must be a business unit id, not another record's id"
                   + where;
        }
        if (!VALID.matcher(id).matches()) {
            return name + " '" + id + "' has characters other than letters and digits" + where;
        }
        return null;
    }
}
