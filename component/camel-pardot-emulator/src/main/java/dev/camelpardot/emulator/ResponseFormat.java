package dev.camelpardot.emulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The format a Salesforce OAuth or identity response is written in: the {@code format} parameter
 * ({@code json}, {@code urlencoded}, {@code xml}) if given, else the first media type of the {@code Accept}
 * header it knows (a list is read left to right; {@code *}{@code /*} means JSON), else JSON.
 */
enum ResponseFormat {

    JSON("json", "application/json"),
    URLENCODED("urlencoded", "application/x-www-form-urlencoded"),
    XML("xml", "application/xml");

    private final String parameterValue;
    private final String mediaType;

    ResponseFormat(String parameterValue, String mediaType) {
        this.parameterValue = parameterValue;
        this.mediaType = mediaType;
    }

    /**
     * The format asked for. A body with nested members (identity) has no form encoding, so {@code urlencoded} is
     * answered in JSON there.
     *
     * @param flatBody whether the response's members are all plain values (a token response or an OAuth error)
     */
    static ResponseFormat of(EmulatorRequest request, String formatParameter, boolean flatBody) {
        ResponseFormat chosen = formatParameter != null ? byParameter(formatParameter) : byAccept(request.header("Accept"));
        return chosen == URLENCODED && !flatBody ? JSON : chosen;
    }

    /** A response body of flat members (a token response or an OAuth error) or nested ones (identity). */
    Reply reply(int status, String xmlRoot, Map<String, ?> body) {
        switch (this) {
            case URLENCODED:
                Map<String, String> text = new LinkedHashMap<>();
                body.forEach((name, value) -> text.put(name, value == null ? "" : value.toString()));
                return Reply.bytes(status, mediaType + ";charset=UTF-8",
                        UrlEncoded.format(text).getBytes(StandardCharsets.UTF_8));
            case XML:
                return Reply.bytes(status, mediaType + ";charset=UTF-8",
                        Xml.document(xmlRoot, body).getBytes(StandardCharsets.UTF_8));
            default:
                return Reply.json(status, body);
        }
    }

    private static ResponseFormat byParameter(String value) {
        for (ResponseFormat format : values()) {
            if (format.parameterValue.equalsIgnoreCase(value.trim())) {
                return format;
            }
        }
        return JSON;
    }

    private static ResponseFormat byAccept(String accept) {
        if (accept == null) {
            return JSON;
        }
        for (String item : accept.split(",")) {
            int semicolon = item.indexOf(';');
            String mediaType = (semicolon < 0 ? item : item.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
            if (mediaType.equals("*/*")) {
                return JSON;
            }
            for (ResponseFormat format : values()) {
                if (format.mediaType.equals(mediaType)) {
                    return format;
                }
            }
        }
        return JSON;
    }
}
