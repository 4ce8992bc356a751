package dev.camelpardot.api;

import java.net.http.HttpHeaders;

/**
 * A successful (2xx) response. {@code body} may be empty (a 204, or a create the caller may not read);
 * {@code attempts} counts the HTTP requests it took, retries included.
 */
public record ApiResponse(int status, String body, HttpHeaders headers, int attempts) {

    /** True when the response carries a non-blank body. */
    public boolean hasBody() {
        return body != null && !body.isBlank();
    }
}
