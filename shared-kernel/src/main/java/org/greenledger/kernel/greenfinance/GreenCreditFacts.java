package org.greenledger.kernel.greenfinance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.greenledger.kernel.quantity.Money;

/**
 * What a green-credit eligibility check is decided from, as of one global event position. A check
 * records these with its result, so an auditor can re-run it.
 *
 * @param registered      the enterprise is in the registry
 * @param dishonest       it is on the dishonesty (失信) list
 * @param keyEnergyUser   it is a key energy user (重点用能单位)
 * @param lastEnergyAudit its latest energy audit, or {@code null}
 * @param entries         its green-list entries, in any state
 * @param grants          its granted subsidies
 * @param openClawbacks   its clawbacks with money still to repay
 * @param category        the project category asked about
 * @param catalogue       the catalogue version in force on {@code asOf}
 * @param asOf            the day of the check (Shanghai)
 * @param asOfPosition    the global position the facts reflect
 */
public record GreenCreditFacts(boolean registered, boolean dishonest, boolean keyEnergyUser, LocalDate lastEnergyAudit,
                               List<ListedEntry> entries, List<Grant> grants, List<OpenClawback> openClawbacks,
                               String category, String catalogue, LocalDate asOf, long asOfPosition) {

    public GreenCreditFacts {
        entries = List.copyOf(entries);
        grants = List.copyOf(grants);
        openClawbacks = List.copyOf(openClawbacks);
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** A green-list entry and where it stands ({@code LISTED}, {@code REMOVED}, ...). */
    public record ListedEntry(String entryId, String category, String status) {
    }

    /** A subsidy granted to the enterprise. */
    public record Grant(String applicationId, String programmeId, Money amount) {
    }

    /** A clawback not yet fully recovered. */
    public record OpenClawback(String applicationId, Money outstanding) {
    }
}
