package org.greenledger.eventstore;

import java.util.function.Consumer;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * The real store, with a hook run just before a commit's insert: where a test makes one commit slow.
 */
final class HookedStore extends CommitStore {

    private volatile Consumer<Document> beforeInsert = commit -> { };

    HookedStore(MongoDatabase database) {
        super(database);
    }

    void beforeInsert(Consumer<Document> hook) {
        this.beforeInsert = hook;
    }

    @Override
    void insertCommit(Document commit) {
        beforeInsert.accept(commit);
        super.insertCommit(commit);
    }

    static boolean holds(Document commit, String eventId) {
        return Commits.events(commit).stream().anyMatch(event -> eventId.equals(event.getString(Commits.EVENT_ID)));
    }
}
