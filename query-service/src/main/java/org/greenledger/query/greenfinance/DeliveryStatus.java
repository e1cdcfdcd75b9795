package org.greenledger.query.greenfinance;

/** Where a webhook delivery stands: still to be attempted, acknowledged with a 2xx, or given up on (a dead letter). */
enum DeliveryStatus { PENDING, DELIVERED, DEAD }
