package org.greenledger.verifier;

import java.nio.charset.StandardCharsets;

/**
 * One stored event as a leaf of the log: its canonical byte form, version 1, is UTF-8 text, the line
 * {@code greenledger.event@v1}, then each field in this order as {@code <name> <length>\n<value>\n}
 * ({@code <length>} the value's UTF-8 byte count in decimal) or {@code <name> -\n} when absent:
 * position, eventId, aggregateType, aggregateId, seq, type, revision, timestamp, metadata, payload.
 * The values are those the store holds, byte for byte: payload and metadata are the serializer's JSON
 * strings, the timestamp the stored ISO-8601 text. The length prefixes make the form unambiguous
 * whatever a value contains, and the leaf hash is SHA-256(0x00 || these bytes).
 *
 * @param position      the event's global position
 * @param eventId       its identifier
 * @param aggregateType the aggregate's type, absent for an event of no aggregate
 * @param aggregateId   the aggregate's identifier, likewise
 * @param seq           its sequence number in the aggregate, likewise
 * @param type          the payload type
 * @param revision      the payload revision, absent when unversioned
 * @param timestamp     when it happened, as stored
 * @param metadata      the metadata, as stored
 * @param payload       the payload, as stored
 */
public record StoredEntry(long position, String eventId, String aggregateType, String aggregateId, Long seq, String type,
                          String revision, String timestamp, String metadata, String payload) {

    static final String HEADER = "greenledger.event@v1";
    private static final String[] FIELDS = {"position", "eventId", "aggregateType", "aggregateId", "seq", "type",
            "revision", "timestamp", "metadata", "payload"};

    public StoredEntry {
        if (position < 0 || eventId == null || type == null || timestamp == null || metadata == null || payload == null) {
            throw new IllegalArgumentException("An entry has a position, an event id, a type, a timestamp, metadata and a payload");
        }
        if ((aggregateId == null) != (seq == null) || (aggregateId == null) != (aggregateType == null)) {
            throw new IllegalArgumentException("An aggregate's event has its type, identifier and sequence number; others none");
        }
    }

    public String text() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        String[] values = values();
        for (int i = 0; i < FIELDS.length; i++) {
            text.append(FIELDS[i]);
            if (values[i] == null) {
                text.append(" -\n");
            } else {
                text.append(' ').append(values[i].getBytes(StandardCharsets.UTF_8).length).append('\n').append(values[i]).append('\n');
            }
        }
        return text.toString();
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] leafHash() {
        return Rfc6962.leafHash(bytes());
    }

    /** Reads the canonical form strictly: the fields in order, lengths exact, nothing after the last. */
    public static StoredEntry parse(String text) throws VerificationFailure {
        if (text == null) {
            throw new VerificationFailure("The entry is missing");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int at = expectLine(bytes, 0, HEADER);
        String[] values = new String[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            int end = lineEnd(bytes, at);
            String line = new String(bytes, at, end - at, StandardCharsets.UTF_8);
            at = end + 1;
            if (line.equals(FIELDS[i] + " -")) {
                continue;
            }
            if (!line.startsWith(FIELDS[i] + " ")) {
                throw new VerificationFailure("The entry's field " + (i + 1) + " is " + FIELDS[i] + ", not '"
                        + Texts.abbreviate(line) + "'");
            }
            long length = Texts.decimal(line.substring(FIELDS[i].length() + 1), FIELDS[i] + " length");
            if (length > bytes.length - at - 1L) {
                throw new VerificationFailure("The entry's " + FIELDS[i] + " is shorter than its length says");
            }
            if (bytes[at + (int) length] != '\n') {
                throw new VerificationFailure("The entry's " + FIELDS[i] + " does not end where its length says");
            }
            byte[] value = new byte[(int) length];
            System.arraycopy(bytes, at, value, 0, value.length);
            values[i] = Texts.utf8(value, "entry's " + FIELDS[i]);
            at += (int) length + 1;
        }
        if (at != bytes.length) {
            throw new VerificationFailure("The entry has bytes after its payload");
        }
        try {
            StoredEntry entry = new StoredEntry(number(values[0], "position"), values[1], values[2], values[3],
                    values[4] == null ? null : number(values[4], "seq"), values[5], values[6], values[7], values[8], values[9]);
            if (!entry.text().equals(text)) {
                throw new VerificationFailure("The entry is not in canonical form");
            }
            return entry;
        } catch (IllegalArgumentException e) {
            throw new VerificationFailure("The entry is incomplete: " + e.getMessage());
        }
    }

    private String[] values() {
        return new String[]{Long.toString(position), eventId, aggregateType, aggregateId, seq == null ? null : seq.toString(),
                type, revision, timestamp, metadata, payload};
    }

    private static long number(String value, String field) throws VerificationFailure {
        if (value == null) {
            throw new VerificationFailure("The entry has no " + field);
        }
        return Texts.decimal(value, field);
    }

    private static int expectLine(byte[] bytes, int at, String expected) throws VerificationFailure {
        int end = lineEnd(bytes, at);
        if (!new String(bytes, at, end - at, StandardCharsets.UTF_8).equals(expected)) {
            throw new VerificationFailure("An entry starts with the line " + expected + " (no other version is understood)");
        }
        return end + 1;
    }

    private static int lineEnd(byte[] bytes, int at) throws VerificationFailure {
        for (int i = at; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        throw new VerificationFailure("The entry ends in the middle of a line");
    }
}
