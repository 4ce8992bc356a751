package dev.camelpardot.auth;

import java.util.Locale;

/** What to check when the token endpoint refuses a flow; written for the person reading the route's error log. */
final class LoginHints {

    private LoginHints() {
    }

    static String forError(AuthenticationType type, String error, String description, OAuthSettings settings) {
        String code = error == null ? "" : error.toLowerCase(Locale.ROOT);
        String text = description == null ? "" : description.toLowerCase(Locale.ROOT);
        switch (code) {
            case "invalid_grant":
                return invalidGrant(type, text, settings);
            case "invalid_client_id":
            case "invalid_client":
            case "unauthorized_client":
                return "check clientId (the connected app's consumer key)" + (type == AuthenticationType.JWT ? "" : " and "
                       + "clientSecret (its consumer secret)") + ", and that loginUrl (" + settings.loginUrl()
                       + ") is the login host of the org the app lives in (production or sandbox); a new connected app "
                       + "can take up to 10 minutes to become usable";
            case "unsupported_grant_type":
                return "the " + type + " flow is not enabled for this connected app or org" + (type == AuthenticationType.CLIENT_CREDENTIALS
                        ? ": enable the client credentials flow and set a run-as user, and use the My Domain URL as loginUrl"
                        : "");
            case "inactive_user":
                return "the user is inactive: activate the user or use another one";
            case "inactive_org":
                return "the org is locked, inactive or does not allow API access";
            case "rate_limit_exceeded":
                return "too many logins for this user in a short time; wait, and avoid logging in per request";
            case "invalid_request":
                return "the token request was malformed for the " + type + " flow: check the options of that flow";
            default:
                return "check the connected app (enabled flows, scopes api and pardot_api) and loginUrl (" + settings.loginUrl()
                       + ")";
        }
    }

    private static String invalidGrant(AuthenticationType type, String description, OAuthSettings settings) {
        switch (type) {
            case REFRESH_TOKEN:
                return "the refresh token was revoked, expired or rotated away (refresh token rotation, a changed "
                       + "password, the app's refresh token policy or the limit of 5 grants per user and app); get a new "
                       + "one through the web-server flow and set refreshToken, and check loginUrl (" + settings.loginUrl()
                       + ") is the org it was issued by";
            case JWT:
                return "check the certificate uploaded to the connected app matches the key in jwtKeyFile or keystore, "
                       + "that the user " + settings.userName() + " is pre-authorized for the app (Admin approved users, "
                       + "with the profile or permission set assigned), that the audience (" + settings.jwtAudienceOrDerived()
                       + ", set jwtAudience to change it) is https://login.salesforce.com for production or "
                       + "https://test.salesforce.com for a sandbox, and that this machine's clock is right";
            case USERNAME_PASSWORD:
                return "check userName and password (append the user's security token to the password when the login "
                       + "comes from outside the org's trusted IP ranges), that the user is active, and that the org allows "
                       + "the username-password flow";
            case CLIENT_CREDENTIALS:
                return "check the client credentials flow is enabled on the connected app with a run-as user, and that "
                       + "loginUrl is the org's My Domain URL (https://<domain>.my.salesforce.com) rather than "
                       + "login.salesforce.com";
            default:
                return description;
        }
    }
}
