package dev.camelpardot.emulator;

/** The shape of a business unit id: 18 characters starting with the PardotTenant key prefix "0Uv". */
final class BusinessUnitIds {

    private BusinessUnitIds() {
    }

    static boolean isWellFormed(String id) {
        if (id == null || id.length() != 18 || !id.startsWith("0Uv")) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!Character.isLetterOrDigit(c) || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
