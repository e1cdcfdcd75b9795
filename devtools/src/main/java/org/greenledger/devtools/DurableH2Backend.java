package org.greenledger.devtools;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend, acknowledging a write only once it is committed and synced to the file.
 *
 * <p>Left to itself, H2's store writes in the background about once a second, so a crash loses up
 * to a second of acknowledged writes. Here every command that may have written commits the store
 * and forces the file before its answer leaves, grouped across connections by {@link GroupCommit}.
 * Commands known to only read skip this; an unknown command counts as a write. H2's background
 * thread still runs, for its compaction.
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> READ_ONLY_COMMANDS = Set.of(
            "find", "getmore", "killcursors", "count", "distinct", "explain",
            "listcollections", "listindexes", "listdatabases", "dbstats", "collstats",
            "hello", "ismaster", "buildinfo", "ping", "serverstatus", "whatsmyuri", "hostinfo",
            "getlasterror", "getparameter", "getcmdlineopts", "getlog", "connectionstatus",
            "endsessions", "currentop", "getfreemonitoringstatus");

    /** Enough to shrink the file of a busy session from about 100 MB to about 10 MB (measured). */
    private static final int COMPACTION_ON_CLOSE_MILLIS = 2_000;

    private final MVStore store;
    private final GroupCommit groupCommit;

    DurableH2Backend(MVStore store) {
        this(store, () -> {
            store.commit();
            // the background thread may have taken our change into a store it is still writing;
            // a file-store operation runs only after every pending write has reached the file
            store.executeFilestoreOperation(store::sync);
        });
    }

    /** With another flush, for measuring what each step of the default one costs. */
    DurableH2Backend(MVStore store, Runnable flush) {
        super(store);
        this.store = store;
        this.groupCommit = new GroupCommit(flush);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        // compaction may move the pages a long scan is reading; a registered version keeps their old place unused
        MVStore.TxCounter readingVersion = store.registerVersionUsage();
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            store.deregisterVersionUsage(readingVersion);
            // also after a failed command: an ordered insert may have stored some documents before it failed
            if (mayWrite(command, query)) {
                groupCommit.awaitDurable();
            }
        }
    }

    /**
     * Compacts for a bounded time before closing: with a commit per write, the file holds every
     * page superseded in the last 45 s (H2 keeps them that long in case the disk reorders writes),
     * and H2 compacts only while writes go on.
     */
    @Override
    public void close() {
        store.close(COMPACTION_ON_CLOSE_MILLIS);
        super.close();
    }

    static boolean mayWrite(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("aggregate")) {
            return query.get("pipeline") instanceof List<?> stages
                    && stages.stream().anyMatch(stage -> stage instanceof Document document
                            && (document.containsKey("$out") || document.containsKey("$merge")));
        }
        return !READ_ONLY_COMMANDS.contains(name);
    }
}
