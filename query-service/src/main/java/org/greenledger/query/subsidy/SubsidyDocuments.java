package org.greenledger.query.subsidy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.bson.Document;
import org.greenledger.platform.store.AxonJackson;

/**
 * How the subsidy read models are stored: per programme and per application one document whose
 * {@code record} is the whole answer as JSON text (decimals kept exact, which BSON doubles would
 * not), beside the plain fields the lists filter and sort on, and the {@code position} of the last
 * event it reflects.
 */
final class SubsidyDocuments {

    static final String PROGRAMMES = "subsidy_programmes";
    static final String APPLICATIONS = "subsidy_applications";
    static final String ID = "_id";
    static final String RECORD = "record";
    static final String POSITION = "position";
    static final String YEAR = "year";
    static final String APPLICANT = "applicant";
    static final String PROGRAMME = "programmeId";
    static final String STATUS = "status";
    static final String EXPERTS = "experts";
    static final String DRAFTED_AT = "draftedAt";

    private static final ObjectMapper JSON = AxonJackson.objectMapper();

    private SubsidyDocuments() {
    }

    static String write(Object record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T read(Document document, Class<T> type) {
        try {
            return JSON.readValue(document.getString(RECORD), type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
