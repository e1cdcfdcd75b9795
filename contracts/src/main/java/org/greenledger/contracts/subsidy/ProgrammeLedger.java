package org.greenledger.contracts.subsidy;

import java.time.LocalDate;
import java.util.List;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.Direction;
import org.greenledger.kernel.subsidy.ProgrammeId;
import org.greenledger.kernel.subsidy.RuleSet;
import org.greenledger.kernel.subsidy.Tranche;

/**
 * A programme and its money, as its events say: {@code remaining = budget - reserved - granted}.
 * Until grants exist (a later step of the flow), granted, disbursed and recovered stay zero.
 *
 * @param programmeId      the programme
 * @param year             its year
 * @param direction        what it funds
 * @param title            its title
 * @param opensOn          first day of the application window
 * @param closesOn         last day, inclusive
 * @param noticeDays       the public-notice period
 * @param tranches         the tranche plan
 * @param ruleSets         every published rule-set version, oldest first
 * @param budget           the budget now
 * @param reserved         held by approvals
 * @param granted          granted (立项)
 * @param disbursed        paid out
 * @param recovered        clawed back and paid back
 * @param remaining        neither reserved nor granted
 * @param position         global position of the last event this ledger reflects
 */
public record ProgrammeLedger(ProgrammeId programmeId, int year, Direction direction, String title, LocalDate opensOn,
                              LocalDate closesOn, int noticeDays, List<Tranche> tranches, List<RuleSet> ruleSets,
                              Money budget, Money reserved, Money granted, Money disbursed, Money recovered,
                              Money remaining, long position) {

    public ProgrammeLedger {
        tranches = List.copyOf(tranches);
        ruleSets = List.copyOf(ruleSets);
    }
}
