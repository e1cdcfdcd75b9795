package org.greenledger.command;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.util.function.Consumer;
import org.bson.Document;

/**
 * The command side's own indexes kept from events: a document remembers the global {@value #POSITION}
 * of the last event it reflects and takes a change only for a later one, so replays and redeliveries
 * change nothing. Read and written whole by {@code _id}, the one lookup the embedded server indexes;
 * safe because one processor segment applies a document's events one at a time.
 */
public final class PositionedDocuments {

    public static final String POSITION = "position";

    private PositionedDocuments() {
    }

    /**
     * Applies {@code change} to the document {@code id} (created if missing) unless it has seen
     * {@code position}, and returns the document as it now is.
     */
    public static Document change(MongoCollection<Document> documents, String id, long position,
                                  Consumer<Document> change) {
        Document document = documents.find(new Document("_id", id)).first();
        if (document == null) {
            document = new Document("_id", id).append(POSITION, -1L);
        }
        if (document.get(POSITION, Number.class).longValue() >= position) {
            return document;
        }
        change.accept(document);
        document.append(POSITION, position);
        documents.replaceOne(new Document("_id", id), document, new ReplaceOptions().upsert(true));
        return document;
    }
}
