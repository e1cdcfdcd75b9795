package org.greenledger.contracts.subsidy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.Direction;
import org.greenledger.kernel.subsidy.ProgrammeId;
import org.greenledger.kernel.subsidy.RuleSet;
import org.greenledger.kernel.subsidy.Tranche;

/**
 * A funding programme was opened with rule set version 1.
 *
 * <p>
 * Revision 2: the rule set may carry an interest rule ({@code rules.interest}); revision 1 had none, and
 * is upcast to 2 with {@code interest: null}.
 *
 * @param programmeId the programme
 * @param year        the programme year
 * @param direction   what it funds
 * @param title       its title
 * @param opensOn     first day of the application window
 * @param closesOn    last day of the window, inclusive
 * @param budget      its budget
 * @param tranches    the tranche plan
 * @param noticeDays  the public-notice period in days
 * @param rules       rule set version 1
 * @param openedAt    when it was recorded
 */
@Revision("2")
public record ProgrammeOpened(
        ProgrammeId programmeId, int year, Direction direction, String title, LocalDate opensOn, LocalDate closesOn,
        Money budget, List<Tranche> tranches, int noticeDays, RuleSet rules, Instant openedAt) implements ProgrammeEvent {

    public ProgrammeOpened {
        tranches = List.copyOf(tranches);
    }
}
