package dev.camelpardot.emulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Parses the SOQL subset the emulator answers:
 * {@code SELECT f1, f2, Rel.f3 FROM Object [WHERE f = 'v' [AND f != 'v' | AND f IN ('a','b') ...]]
 * [ORDER BY f [ASC|DESC] [NULLS FIRST|LAST], ...] [LIMIT n]}. Keywords and names ignore case; literals are
 * quoted strings (backslash escapes), true/false, null or numbers.
 */
final class Soql {

    enum Operator { EQUALS, NOT_EQUALS, IN }

    record Condition(String field, Operator operator, List<Object> values) {
    }

    record Order(String field, boolean descending, boolean nullsLast) {
    }

    record Query(List<String> fields, String object, List<Condition> where, List<Order> orderBy, Integer limit) {
    }

    /** A quoted literal, kept apart from a bare word so that {@code 'true'} and {@code true} differ. */
    record Quoted(String text) {
    }

    private final List<String> tokens;
    private final List<Boolean> quoted;
    private int pos;

    private Soql(String text) {
        this.tokens = new ArrayList<>();
        this.quoted = new ArrayList<>();
        tokenize(text);
    }

    /** @throws ToolingError MALFORMED_QUERY naming what was unexpected */
    static Query parse(String text) {
        if (text == null || text.isBlank()) {
            throw malformed("the q parameter with a SOQL query is required");
        }
        return new Soql(text).query();
    }

    private Query query() {
        expectKeyword("SELECT");
        List<String> fields = new ArrayList<>();
        do {
            fields.add(identifier("a field name"));
        } while (acceptSymbol(","));
        expectKeyword("FROM");
        String object = identifier("an object name");
        List<Condition> where = new ArrayList<>();
        if (acceptKeyword("WHERE")) {
            do {
                where.add(condition());
            } while (acceptKeyword("AND"));
        }
        List<Order> orderBy = new ArrayList<>();
        if (acceptKeyword("ORDER")) {
            expectKeyword("BY");
            do {
                orderBy.add(order());
            } while (acceptSymbol(","));
        }
        Integer limit = null;
        if (acceptKeyword("LIMIT")) {
            String number = next("a number after LIMIT");
            try {
                limit = Integer.parseInt(number);
            } catch (NumberFormatException e) {
                throw malformed("unexpected token: '" + number + "', a number must follow LIMIT");
            }
            if (limit < 0) {
                throw malformed("LIMIT must not be negative");
            }
        }
        if (pos < tokens.size()) {
            throw malformed("unexpected token: '" + tokens.get(pos) + "'");
        }
        return new Query(fields, object, where, orderBy, limit);
    }

    private Condition condition() {
        String field = identifier("a field name in WHERE");
        if (acceptSymbol("=")) {
            return new Condition(field, Operator.EQUALS, Collections.singletonList(literal()));
        }
        if (acceptSymbol("!=") || acceptSymbol("<>")) {
            return new Condition(field, Operator.NOT_EQUALS, Collections.singletonList(literal()));
        }
        if (acceptKeyword("IN")) {
            expectSymbol("(");
            List<Object> values = new ArrayList<>();
            do {
                values.add(literal());
            } while (acceptSymbol(","));
            expectSymbol(")");
            return new Condition(field, Operator.IN, values);
        }
        throw malformed("unexpected token: '" + peek() + "', the emulator supports =, != and IN in WHERE"
                + " (conditions joined by AND)");
    }

    private Order order() {
        String field = identifier("a field name in ORDER BY");
        boolean descending = false;
        if (acceptKeyword("DESC")) {
            descending = true;
        } else {
            acceptKeyword("ASC");
        }
        boolean nullsLast = descending;
        if (acceptKeyword("NULLS")) {
            if (acceptKeyword("LAST")) {
                nullsLast = true;
            } else {
                expectKeyword("FIRST");
                nullsLast = false;
            }
        }
        return new Order(field, descending, nullsLast);
    }

    private Object literal() {
        boolean isQuoted = pos < quoted.size() && quoted.get(pos);
        String token = next("a value");
        if (isQuoted) {
            return new Quoted(token);
        }
        switch (token.toLowerCase(Locale.ROOT)) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            case "null":
                return null;
            default:
                try {
                    return new java.math.BigDecimal(token);
                } catch (NumberFormatException e) {
                    throw malformed("unexpected token: '" + token + "', a value (e.g. 'text', true, false, null) is expected");
                }
        }
    }

    private String identifier(String what) {
        boolean isQuoted = pos < quoted.size() && quoted.get(pos);
        String token = next(what);
        if (isQuoted || !Character.isLetter(token.charAt(0))) {
            throw malformed("unexpected token: '" + token + "', " + what + " is expected");
        }
        return token;
    }

    private void expectKeyword(String keyword) {
        if (!acceptKeyword(keyword)) {
            throw malformed("unexpected token: '" + peek() + "', " + keyword + " is expected");
        }
    }

    private boolean acceptKeyword(String keyword) {
        if (pos < tokens.size() && !quoted.get(pos) && tokens.get(pos).equalsIgnoreCase(keyword)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expectSymbol(String symbol) {
        if (!acceptSymbol(symbol)) {
            throw malformed("unexpected token: '" + peek() + "', '" + symbol + "' is expected");
        }
    }

    private boolean acceptSymbol(String symbol) {
        return acceptKeyword(symbol);
    }

    private String next(String what) {
        if (pos >= tokens.size()) {
            throw malformed("unexpected end of query, " + what + " is expected");
        }
        return tokens.get(pos++);
    }

    private String peek() {
        return pos < tokens.size() ? tokens.get(pos) : "<end of query>";
    }

    private void tokenize(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                StringBuilder literal = new StringBuilder();
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw malformed("unterminated string literal");
                    }
                    char d = text.charAt(i++);
                    if (d == '\\' && i < text.length()) {
                        char escaped = text.charAt(i++);
                        literal.append(escaped == 'n' ? '\n' : escaped == 't' ? '\t' : escaped);
                    } else if (d == '\'') {
                        break;
                    } else {
                        literal.append(d);
                    }
                }
                add(literal.toString(), true);
            } else if (c == '!' || c == '<') {
                String two = text.startsWith("!=", i) ? "!=" : text.startsWith("<>", i) ? "<>" : null;
                if (two == null) {
                    throw malformed("unexpected character '" + c + "', the emulator supports =, != and IN");
                }
                add(two, false);
                i += 2;
            } else if (c == ',' || c == '=' || c == '(' || c == ')') {
                add(String.valueOf(c), false);
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                        || text.charAt(i) == '.' || text.charAt(i) == '-')) {
                    i++;
                }
                add(text.substring(start, i), false);
            } else {
                throw malformed("unexpected character '" + c + "'");
            }
        }
    }

    private void add(String token, boolean isQuoted) {
        tokens.add(token);
        quoted.add(isQuoted);
    }

    private static ToolingError malformed(String message) {
        return ToolingError.badRequest("MALFORMED_QUERY", message);
    }
}
