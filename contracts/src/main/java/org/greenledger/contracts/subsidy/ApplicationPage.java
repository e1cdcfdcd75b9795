package org.greenledger.contracts.subsidy;

import java.util.List;

/** A page of applications. */
public record ApplicationPage(List<ApplicationSummary> items, int page, int size, long total) {

    public ApplicationPage {
        items = List.copyOf(items);
    }
}
