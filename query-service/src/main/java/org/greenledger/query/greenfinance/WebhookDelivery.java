package org.greenledger.query.greenfinance;

import java.net.URI;
import java.util.Objects;
import org.greenledger.kernel.greenfinance.BankId;

/**
 * A notification for a bank, handed to the {@link WebhookOutbox}.
 *
 * @param id   chosen by the caller and stable (the same notification always has the same id): a second enqueue
 *             changes nothing, and the bank drops repeated deliveries by it ({@code webhook-id}); visible ASCII, as
 *             it travels in a header, and no full stop, which delimits the signed {@code id.timestamp.body}
 * @param url  the bank's endpoint, absolute http or https
 * @param type what happened, e.g. {@code enterprise.left-green-list}, for listing the deliveries
 * @param body JSON text, sent and signed exactly as given
 */
record WebhookDelivery(String id, BankId bank, URI url, String type, String body) {

    private static final int MAX_ID = 200;

    WebhookDelivery {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(body, "body");
        if (id == null || id.isEmpty() || id.length() > MAX_ID || !id.chars().allMatch(c -> c > ' ' && c < 0x7f && c != '.')) {
            throw new IllegalArgumentException("A delivery id is 1-" + MAX_ID + " visible ASCII characters other than '.'; '"
                    + id + "' is not one.");
        }
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("A delivery needs a type.");
        }
        if (url == null || url.getHost() == null || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
            throw new IllegalArgumentException("A webhook goes to an absolute http(s) URL; '" + url + "' is not one.");
        }
    }
}
