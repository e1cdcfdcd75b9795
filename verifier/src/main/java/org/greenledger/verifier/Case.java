package org.greenledger.verifier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An exported case: one record's events as leaves of the log, each with its inclusion proof against one
 * signed checkpoint, and the log's verifier key. Its JSON form:
 * <pre>
 * { "format": "greenledger.case@v1", "origin": "...", "verifierKey": "name+keyid+key",
 *   "record": { "type": "Application", "id": "..." }, "checkpoint": "&lt;signed note&gt;",
 *   "events": [ { "index": 11, "entry": "&lt;canonical entry&gt;", "proof": "&lt;tlog-proof&gt;" }, ... ] }
 * </pre>
 * Every member is required and no other is understood; index and proof are both null for an event the
 * log never took in.
 *
 * @param origin      the log's name
 * @param verifierKey the log's key, as the exporting service states it
 * @param recordType  the record's aggregate type
 * @param recordId    its identifier
 * @param checkpoint  the signed checkpoint every proof leads to
 * @param events      its events, in log order
 */
public record Case(String origin, String verifierKey, String recordType, String recordId, String checkpoint,
                   List<Event> events) {

    public static final String FORMAT = "greenledger.case@v1";

    public Case {
        events = List.copyOf(events);
    }

    /**
     * One event of the record: its leaf index, its canonical entry and the tlog-proof of its inclusion.
     * An event the store holds but the log never took in (written into the store behind the log's back)
     * is exported with neither index nor proof, so that the verifier, not the exporter, judges it.
     */
    public record Event(Long index, String entry, String proof) {

        public static Event unlogged(String entry) {
            return new Event(null, entry, null);
        }
    }

    public String json() {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"format\": ").append(quote(FORMAT)).append(",\n");
        json.append("  \"origin\": ").append(quote(origin)).append(",\n");
        json.append("  \"verifierKey\": ").append(quote(verifierKey)).append(",\n");
        json.append("  \"record\": {\"type\": ").append(quote(recordType)).append(", \"id\": ").append(quote(recordId))
                .append("},\n");
        json.append("  \"checkpoint\": ").append(quote(checkpoint)).append(",\n");
        json.append("  \"events\": [");
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {\"index\": ").append(event.index())
                    .append(", \"entry\": ").append(quote(event.entry())).append(", \"proof\": ")
                    .append(event.proof() == null ? "null" : quote(event.proof())).append('}');
        }
        return json.append(events.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    public static Case parse(String json) throws VerificationFailure {
        Map<String, Object> root = object(Json.parse(json), "case", Set.of("format", "origin", "verifierKey", "record",
                "checkpoint", "events"));
        if (!FORMAT.equals(root.get("format"))) {
            throw new VerificationFailure("The case's format is '" + root.get("format") + "'; only " + FORMAT + " is understood");
        }
        Map<String, Object> record = object(root.get("record"), "record", Set.of("type", "id"));
        if (!(root.get("events") instanceof List<?> list)) {
            throw new VerificationFailure("The case's events are a list");
        }
        List<Event> events = new ArrayList<>();
        for (Object item : list) {
            Map<String, Object> event = object(item, "event", Set.of("index", "entry", "proof"));
            if (event.get("index") == null && event.get("proof") == null) {
                events.add(Event.unlogged(string(event, "entry")));
            } else {
                events.add(new Event(index(event.get("index")), string(event, "entry"), string(event, "proof")));
            }
        }
        return new Case(string(root, "origin"), string(root, "verifierKey"), string(record, "type"), string(record, "id"),
                string(root, "checkpoint"), events);
    }

    private static Map<String, Object> object(Object value, String what, Set<String> members) throws VerificationFailure {
        if (!(value instanceof Map<?, ?> map)) {
            throw new VerificationFailure("The " + what + " is a JSON object");
        }
        if (!map.keySet().equals(members)) {
            throw new VerificationFailure("The " + what + " has exactly the members " + members.stream().sorted().toList()
                    + ", not " + map.keySet());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) map;
        return object;
    }

    private static String string(Map<String, Object> object, String member) throws VerificationFailure {
        if (!(object.get(member) instanceof String value)) {
            throw new VerificationFailure("The member '" + member + "' is a string");
        }
        return value;
    }

    private static long index(Object value) throws VerificationFailure {
        if (!(value instanceof BigDecimal number)) {
            throw new VerificationFailure("An event's index is a number");
        }
        try {
            long index = number.longValueExact();
            if (index < 0) {
                throw new VerificationFailure("An event's index is not negative");
            }
            return index;
        } catch (ArithmeticException e) {
            throw new VerificationFailure("An event's index is a whole number", e);
        }
    }

    static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
