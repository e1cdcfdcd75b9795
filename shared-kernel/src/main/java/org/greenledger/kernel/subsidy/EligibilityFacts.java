package org.greenledger.kernel.subsidy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.greenledger.kernel.greenlist.ListCategory;

/**
 * What the command side knew of an applicant when it assessed eligibility, recorded with the
 * assessment so an auditor can re-run it.
 *
 * @param registered             registered in the city's enterprise registry
 * @param dishonest              on the dishonesty (失信) list
 * @param keyEnergyUser          a key energy user (重点用能单位)
 * @param lastEnergyAudit        the date of its latest recorded energy audit, or {@code null}
 * @param listedCategories       the green-list categories it has an entry on the list in
 * @param barredUntil            the last day of a bar from applying (after a clawback for fraud), or {@code null}
 * @param otherLiveApplications  its other applications for the same project that are neither
 *                               withdrawn, rejected nor found ineligible
 * @param asOf                   the day the facts were taken (Shanghai)
 * @param asOfPosition           the global event position they reflect: every event up to it, none after
 */
public record EligibilityFacts(boolean registered, boolean dishonest, boolean keyEnergyUser, LocalDate lastEnergyAudit,
                               Set<ListCategory> listedCategories, LocalDate barredUntil,
                               List<ApplicationId> otherLiveApplications, LocalDate asOf, long asOfPosition) {

    public EligibilityFacts {
        listedCategories = listedCategories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(listedCategories));
        otherLiveApplications = List.copyOf(otherLiveApplications);
        Objects.requireNonNull(asOf, "asOf");
    }
}
