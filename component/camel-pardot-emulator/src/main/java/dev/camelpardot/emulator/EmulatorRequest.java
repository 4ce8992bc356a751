package dev.camelpardot.emulator;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** One HTTP request, read completely (body included) so that the handler thread can let go of the exchange. */
final class EmulatorRequest {

    private static final byte[] NO_BODY = new byte[0];
    private static final int MAX_SIZED_BODY = 1 << 20;

    private final String method;
    private final String path;
    private final String rawQuery;
    private final Headers headers;
    private final byte[] body;
    private Map<String, String> query;

    private EmulatorRequest(String method, String path, String rawQuery, Headers headers, byte[] body) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery;
        this.headers = headers;
        this.body = body;
    }

    static EmulatorRequest read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = readBody(in, exchange.getRequestHeaders().getFirst("Content-Length"));
        }
        return new EmulatorRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders(), body);
    }

    /** Reads exactly Content-Length bytes when it is given: cheaper than readAllBytes' growing buffers. */
    private static byte[] readBody(InputStream in, String contentLength) throws IOException {
        if (contentLength != null) {
            try {
                int length = Integer.parseInt(contentLength.trim());
                if (length == 0) {
                    return NO_BODY;
                }
                if (length > 0 && length <= MAX_SIZED_BODY) {
                    byte[] body = in.readNBytes(length);
                    in.transferTo(OutputStream.nullOutputStream());
                    return body;
                }
            } catch (NumberFormatException e) {
                // the server rejects a malformed Content-Length before we get here; fall through regardless
            }
        }
        return in.readAllBytes();
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    /** Query parameters, decoded. @throws IllegalArgumentException for a malformed escape */
    Map<String, String> query() {
        if (query == null) {
            query = UrlEncoded.parse(rawQuery);
        }
        return query;
    }

    /** The first value of a header (names are case-insensitive), or null. */
    String header(String name) {
        return headers.getFirst(name);
    }

    /** The media type of the body without parameters, lower case; empty when there is no Content-Type. */
    String mediaType() {
        String contentType = header("Content-Type");
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    byte[] body() {
        return body;
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The token of an {@code Authorization: Bearer <token>} (or Salesforce's {@code OAuth <token>}) header, or null. */
    String bearerToken() {
        String authorization = header("Authorization");
        if (authorization == null) {
            return null;
        }
        for (String scheme : new String[] {"Bearer ", "OAuth "}) {
            if (authorization.regionMatches(true, 0, scheme, 0, scheme.length())) {
                String token = authorization.substring(scheme.length()).trim();
                return token.isEmpty() ? null : token;
            }
        }
        return null;
    }
}
