package dev.camelpardot.benchmark;

/** The least JSON contender A needs: write a string field, read one string field of a flat object. */
final class MiniJson {

    private MiniJson() {
    }

    static StringBuilder field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }

    /** The value of {@code "name":"..."} in a flat JSON object without escapes in that value (a token). */
    static String stringField(String json, String name) {
        String key = "\"" + name + "\"";
        int at = json.indexOf(key);
        if (at < 0) {
            throw new IllegalArgumentException("no " + name + " in the response");
        }
        int open = json.indexOf('"', json.indexOf(':', at + key.length()) + 1);
        int close = json.indexOf('"', open + 1);
        return json.substring(open + 1, close);
    }
}
