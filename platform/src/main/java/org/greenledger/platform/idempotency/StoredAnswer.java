package org.greenledger.platform.idempotency;

import java.time.Instant;
import java.util.Map;

/** What the store knows about one key: pending, or done with the answer to replay. */
record StoredAnswer(String hash, boolean done, Instant createdAt, int status, String contentType,
                    Map<String, String> headers, byte[] body) {
}
