package dev.camelpardot.auth;

import dev.camelpardot.api.Secrets;

/** A token response: the access token, and the refresh token when the server sent one (rotation). */
record TokenResult(AccessToken token, String refreshToken) {

    @Override
    public String toString() {
        return "TokenResult[" + token + ", refreshToken=" + Secrets.mask(refreshToken) + "]";
    }
}
