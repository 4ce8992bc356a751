package dev.camelpardot.model;

import java.util.regex.Pattern;

import dev.camelpardot.api.PardotValidationException;

/**
 * Checks an activity before it is sent, so that a bad one fails at once with a message naming the field and the
 * fix, instead of costing an API call (and a slot of the daily limit) to learn the same from a 400.
 */
public final class ExternalActivityValidator {

    /** Account Engagement refuses longer addresses (error 4). */
    public static final int MAX_EMAIL_LENGTH = 255;

    // Pragmatic: one @, a local part without spaces, a domain of dot-separated labels. Not RFC 5322 in full, on
    // purpose: quoted local parts and IP-literal domains are not valid prospect addresses in practice.
    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                                                         + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$");

    private ExternalActivityValidator() {
    }

    /**
     * @return the activity, unchanged
     * @throws PardotValidationException naming the first field that is missing or invalid
     */
    public static ExternalActivity validate(ExternalActivity activity) {
        if (activity == null) {
            throw new PardotValidationException("body", "no external activity: send an ExternalActivity, a Map or"
                    + " JSON with extension, type, email and value, or set them with the endpoint options and headers");
        }
        require("extension", activity.extension(),
                "set it in the body, the CamelPardotExtension header or the endpoint option extension"
                + " (the extension's DeveloperName)");
        require("type", activity.type(),
                "set it in the body, the CamelPardotType header or the endpoint option type"
                + " (the activity type's DeveloperName)");
        require("email", activity.email(), "set it in the body or the CamelPardotEmail header");
        require("value", activity.value(), "set it in the body or the CamelPardotValue header");
        checkEmail(activity.email());
        int length = activity.value().codePointCount(0, activity.value().length());
        if (length > ExternalActivity.MAX_VALUE_LENGTH) {
            throw new PardotValidationException("value", "value is " + length + " characters; Account Engagement"
                    + " accepts at most " + ExternalActivity.MAX_VALUE_LENGTH
                    + ": shorten it or move detail elsewhere");
        }
        return activity;
    }

    private static void require(String field, String value, String fix) {
        if (value == null || value.isBlank()) {
            throw new PardotValidationException(field, field + " is missing: " + fix);
        }
    }

    private static void checkEmail(String email) {
        if (email.length() > MAX_EMAIL_LENGTH) {
            throw new PardotValidationException("email", "email is " + email.length() + " characters; Account"
                    + " Engagement accepts at most " + MAX_EMAIL_LENGTH + ": check the address");
        }
        if (!EMAIL.matcher(email).matches()) {
            throw new PardotValidationException("email", "email '" + email + "' is not an e-mail address: send the"
                    + " prospect's address, e.g. jane@example.com");
        }
    }
}
