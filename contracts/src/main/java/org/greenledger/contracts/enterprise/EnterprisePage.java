package org.greenledger.contracts.enterprise;

import java.util.List;

/**
 * One page of an enterprise listing.
 *
 * @param items the enterprises on this page
 * @param page  zero-based page number
 * @param size  the requested page size
 * @param total how many enterprises match in all
 */
public record EnterprisePage(List<EnterpriseProfile> items, int page, int size, long total) {

    public EnterprisePage {
        items = List.copyOf(items);
    }
}
