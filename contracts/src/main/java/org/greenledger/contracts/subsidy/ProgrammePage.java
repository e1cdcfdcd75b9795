package org.greenledger.contracts.subsidy;

import java.util.List;

/** A page of programme ledgers. */
public record ProgrammePage(List<ProgrammeLedger> items, int page, int size, long total) {

    public ProgrammePage {
        items = List.copyOf(items);
    }
}
