package dev.camelpardot.camel;

import java.util.regex.Pattern;

/** Checks the businessUnitId option before anything is sent, so a typo fails the start instead of every call (181/182/201). */
final class BusinessUnitIds {

    private static final Pattern VALID = Pattern.compile("^0Uv[A-Za-z0-9]{15}$");

    private BusinessUnitIds() {
    }

    /** @return a message naming the problem and the fix, or null when the id is well-formed */
    static String problem(String businessUnitId) {
        String where = " (Setup > Business Unit Setup in Salesforce; option businessUnitId,"
                       + " camel.component.pardot.business-unit-id)";
        if (businessUnitId == null || businessUnitId.isBlank()) {
            return "businessUnitId is not set: set it to the 18-character business unit id starting 0Uv" + where;
        }
        String id = businessUnitId.strip();
        if (id.length() != 18) {
            return "businessUnitId '" + id + "' is " + id.length() + " characters: it must be the 18-character id"
                   + " starting 0Uv" + where;
        }
        if (!id.startsWith("0Uv")) {
            return "businessUnitId '" + id + "' does not start with 0Uv: it must be a business unit id, not another"
                   + " record's id" + where;
        }
        if (!VALID.matcher(id).matches()) {
            return "businessUnitId '" + id + "' has characters other than letters and digits" + where;
        }
        return null;
    }
}
