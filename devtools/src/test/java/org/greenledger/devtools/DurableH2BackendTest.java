package org.greenledger.devtools;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class DurableH2BackendTest {

    @Test
    void writes_and_unknown_commands_are_made_durable() {
        for (String command : List.of("insert", "update", "delete", "findAndModify", "createIndexes", "drop",
                "dropDatabase", "create", "renameCollection", "someFutureCommand")) {
            assertThat(DurableH2Backend.mayWrite(command, new Document(command, "c"))).as(command).isTrue();
        }
    }

    @Test
    void reads_are_not_flushed() {
        for (String command : List.of("find", "getMore", "count", "isMaster", "hello", "ping", "listIndexes",
                "endSessions", "buildInfo")) {
            assertThat(DurableH2Backend.mayWrite(command, new Document(command, "c"))).as(command).isFalse();
        }
    }

    @Test
    void an_aggregation_writes_only_through_out_or_merge() {
        Document counting = new Document("aggregate", "c").append("pipeline",
                List.of(new Document("$match", new Document()), new Document("$group", new Document("_id", 1))));
        Document copying = new Document("aggregate", "c").append("pipeline",
                List.of(new Document("$match", new Document()), new Document("$out", "copy")));
        Document merging = new Document("aggregate", "c").append("pipeline",
                List.of(new Document("$merge", new Document("into", "other"))));

        assertThat(DurableH2Backend.mayWrite("aggregate", counting)).isFalse();
        assertThat(DurableH2Backend.mayWrite("aggregate", copying)).isTrue();
        assertThat(DurableH2Backend.mayWrite("aggregate", merging)).isTrue();
    }
}
