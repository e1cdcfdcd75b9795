package org.greenledger.contracts.subsidy;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ProgrammeId;

/**
 * A programme's budget was changed.
 *
 * @param programmeId the programme
 * @param from        the budget before
 * @param to          the budget after
 * @param reason      why
 * @param adjustedAt  when it was recorded
 */
@Revision("1")
public record BudgetAdjusted(
        ProgrammeId programmeId, Money from, Money to, String reason, Instant adjustedAt) implements ProgrammeEvent {
}
