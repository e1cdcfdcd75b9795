package org.greenledger.contracts.subsidy;

import org.greenledger.kernel.subsidy.ProgrammeId;

/** What is the ledger of this programme? Answered with a {@link ProgrammeLedger}, or null. */
public record FindProgramme(ProgrammeId programmeId) {
}
