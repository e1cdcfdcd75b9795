package org.greenledger.bench;

/**
 * One row of the table.
 */
enum Figure {

    RAW_INSERT("raw `insertOne`, commit-shaped document", "docs/s"),
    APPEND_OURS("append, 1 event per commit: **ours**", "events/s"),
    APPEND_AXON_MONGO("append, 1 event per commit: axon-mongo", "events/s"),
    COMMANDS_OURS("commands, tracking projection running: **ours**", "commands/s"),
    COMMANDS_AXON_MONGO("commands, tracking projection running: axon-mongo", "commands/s"),
    SCAN_RAW("raw sorted scan + Jackson `readTree`", "events/s"),
    STREAM_OURS("tracking stream from the tail, no processor: **ours**", "events/s"),
    REPLAY_OURS("replay after a token reset: **ours**", "events/s"),
    REPLAY_AXON_MONGO("replay after a token reset: axon-mongo", "events/s");

    final String label;
    final String unit;

    Figure(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }
}
