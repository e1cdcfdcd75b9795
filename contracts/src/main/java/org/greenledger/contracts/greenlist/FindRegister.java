package org.greenledger.contracts.greenlist;

import java.time.Instant;
import java.time.LocalDate;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.greenlist.BatchName;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.ListLevel;

/**
 * Who was on the list on {@code asOf} (valid time), as the record stood at {@code knownAt}
 * (record time)? Answered with a {@link RegisterPage} ordered by category, enterprise and entry
 * id. A removal recorded after {@code knownAt} does not count, however far back it is dated.
 * The other criteria are optional ({@code null} matches all); the level is the level on {@code asOf}.
 *
 * @param asOf     the day asked about
 * @param knownAt  the moment whose knowledge is used
 * @param category the list category
 * @param level    the level on {@code asOf}
 * @param district the enterprise's registered division
 * @param batch    the batch
 * @param page     zero-based page number
 * @param size     page size, 1-100
 */
public record FindRegister(LocalDate asOf, Instant knownAt, ListCategory category, ListLevel level,
                           DivisionCode district, BatchName batch, int page, int size) {
}
