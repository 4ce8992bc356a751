package dev.camelpardot.emulator;

import java.util.regex.Pattern;

/** Which prospect e-mail addresses Account Engagement takes: valid syntax, at most 255 characters (error 4 otherwise). */
final class EmailAddresses {

    static final int MAX_LENGTH = 255;
    private static final Pattern SYNTAX = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private EmailAddresses() {
    }

    static boolean isValid(String email) {
        return email.length() <= MAX_LENGTH && SYNTAX.matcher(email).matches();
    }
}
