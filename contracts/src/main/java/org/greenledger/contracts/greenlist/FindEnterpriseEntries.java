package org.greenledger.contracts.greenlist;

import org.greenledger.kernel.enterprise.Uscc;

/**
 * Which entries does this enterprise have, in any state, with their histories? Answered with a
 * list of {@link EntryRecord}s ordered by batch and entry id (empty when none).
 *
 * @param enterprise the enterprise
 */
public record FindEnterpriseEntries(Uscc enterprise) {
}
