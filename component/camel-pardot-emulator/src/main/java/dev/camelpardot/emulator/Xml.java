package dev.camelpardot.emulator;

import java.util.Collection;
import java.util.Map;

/**
 * Writes the XML form of the OAuth and identity responses: one element per member, nested for objects, repeated
 * for the items of a list, empty for null. Element names are the JSON member names.
 */
final class Xml {

    private Xml() {
    }

    static String document(String root, Map<String, ?> members) {
        StringBuilder out = new StringBuilder(256).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        element(out, root, members);
        return out.toString();
    }

    private static void element(StringBuilder out, String name, Object value) {
        if (value instanceof Collection) {
            for (Object item : (Collection<?>) value) {
                element(out, name, item);
            }
            return;
        }
        out.append('<').append(name);
        if (value == null) {
            out.append("/>");
            return;
        }
        out.append('>');
        if (value instanceof Map) {
            ((Map<?, ?>) value).forEach((member, memberValue) -> element(out, String.valueOf(member), memberValue));
        } else {
            escape(out, value.toString());
        }
        out.append("</").append(name).append('>');
    }

    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
    }
}
