package org.greenledger.contracts.subsidy;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.AmountRules;
import org.greenledger.kernel.subsidy.Direction;
import org.greenledger.kernel.subsidy.EligibilityRules;
import org.greenledger.kernel.subsidy.InterestRules;
import org.greenledger.kernel.subsidy.ProgrammeId;
import org.greenledger.kernel.subsidy.Tranche;

/**
 * Open a funding programme (申报指南) with its first rule set. Officials only.
 *
 * @param programmeId the programme
 * @param year        the programme year
 * @param direction   what it funds
 * @param title       its title
 * @param opensOn     the first day applications may be submitted
 * @param closesOn    the last day (Shanghai dates, inclusive)
 * @param budget      its budget
 * @param tranches    how a grant is paid out; shares add up to 100%
 * @param noticeDays  the public-notice (公示) period of a decision, in days
 * @param eligibility rule set 1: who may receive funds
 * @param amounts     rule set 1: how much
 * @param interest    rule set 1: for an interest-subsidy programme, how the amount follows the loan; else null
 */
public record OpenProgramme(
        @TargetAggregateIdentifier ProgrammeId programmeId, int year, Direction direction, String title,
        LocalDate opensOn, LocalDate closesOn, Money budget, List<Tranche> tranches, int noticeDays,
        EligibilityRules eligibility, AmountRules amounts, InterestRules interest) {
}
