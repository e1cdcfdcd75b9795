package org.greenledger.verifier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader (RFC 8259) for exported cases, so the verifier needs no library: objects become
 * maps, arrays lists, numbers {@link BigDecimal}s. A duplicate key, trailing data, a lone surrogate or
 * nesting deeper than a case needs is refused.
 */
final class Json {

    private static final int MAX_DEPTH = 16;

    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    static Object parse(String text) throws VerificationFailure {
        Json json = new Json(text);
        json.skipSpace();
        Object value = json.value(0);
        json.skipSpace();
        if (json.at != text.length()) {
            throw json.failure("data after the end of the document");
        }
        return value;
    }

    private Object value(int depth) throws VerificationFailure {
        if (depth > MAX_DEPTH) {
            throw failure("nesting deeper than a case has");
        }
        if (at >= text.length()) {
            throw failure("the document ends where a value was expected");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object(int depth) throws VerificationFailure {
        Map<String, Object> object = new LinkedHashMap<>();
        at++;
        skipSpace();
        if (peek() == '}') {
            at++;
            return object;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw failure("a member name was expected");
            }
            String name = string();
            skipSpace();
            expect(':');
            skipSpace();
            Object value = value(depth + 1);
            if (object.containsKey(name)) {
                throw failure("the member '" + name + "' appears twice");
            }
            object.put(name, value);
            skipSpace();
            char c = next();
            if (c == '}') {
                return object;
            }
            if (c != ',') {
                throw failure("',' or '}' was expected");
            }
        }
    }

    private List<Object> array(int depth) throws VerificationFailure {
        List<Object> array = new ArrayList<>();
        at++;
        skipSpace();
        if (peek() == ']') {
            at++;
            return array;
        }
        while (true) {
            skipSpace();
            array.add(value(depth + 1));
            skipSpace();
            char c = next();
            if (c == ']') {
                return array;
            }
            if (c != ',') {
                throw failure("',' or ']' was expected");
            }
        }
    }

    private String string() throws VerificationFailure {
        expect('"');
        StringBuilder value = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                break;
            }
            if (c < 0x20) {
                throw failure("a control character inside a string");
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char escape = next();
            switch (escape) {
                case '"', '\\', '/' -> value.append(escape);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw failure("a \\u escape is cut short");
                    }
                    try {
                        value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    } catch (NumberFormatException e) {
                        throw failure("a \\u escape is not four hex digits");
                    }
                    at += 4;
                }
                default -> throw failure("an unknown escape \\" + escape);
            }
        }
        String result = value.toString();
        for (int i = 0; i < result.length(); i++) {
            char c = result.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == result.length() || !Character.isLowSurrogate(result.charAt(++i)))
                    || Character.isLowSurrogate(c)) {
                throw failure("a string holds a lone surrogate");
            }
        }
        return result;
    }

    private Object literal(String word, Object value) throws VerificationFailure {
        if (!text.startsWith(word, at)) {
            throw failure("an unknown value");
        }
        at += word.length();
        return value;
    }

    private BigDecimal number() throws VerificationFailure {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String number = text.substring(start, at);
        if (!number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            throw failure("an unknown value");
        }
        return new BigDecimal(number);
    }

    private void skipSpace() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private char peek() throws VerificationFailure {
        if (at >= text.length()) {
            throw failure("the document ends too early");
        }
        return text.charAt(at);
    }

    private char next() throws VerificationFailure {
        char c = peek();
        at++;
        return c;
    }

    private void expect(char c) throws VerificationFailure {
        if (next() != c) {
            throw failure("'" + c + "' was expected");
        }
    }

    private VerificationFailure failure(String what) {
        return new VerificationFailure("The case file is not valid JSON at character " + at + ": " + what);
    }
}
