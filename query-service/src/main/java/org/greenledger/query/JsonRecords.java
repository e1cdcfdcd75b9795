package org.greenledger.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.bson.Document;
import org.greenledger.platform.store.AxonJackson;

/**
 * Read models that keep a whole answer in one document: the answer as JSON text in {@value #RECORD}
 * (decimals kept exact, which BSON doubles would not), beside the plain fields lists filter on.
 */
public final class JsonRecords {

    public static final String RECORD = "record";
    private static final ObjectMapper JSON = AxonJackson.objectMapper();

    private JsonRecords() {
    }

    public static String write(Object record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer kept in {@code document}'s {@value #RECORD}. */
    public static <T> T read(Document document, Class<T> type) {
        try {
            return JSON.readValue(document.getString(RECORD), type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
