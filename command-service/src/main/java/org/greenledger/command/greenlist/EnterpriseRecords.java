package org.greenledger.command.greenlist;

import java.util.Optional;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.Uscc;

/**
 * What the green list needs to know of an enterprise before nominating it. Injected into the
 * nomination handler, so fixtures can pin it.
 */
interface EnterpriseRecords {

    /** The registered enterprise, or empty when the USCC is not registered. */
    Optional<OnRecord> find(Uscc uscc);

    /**
     * @param name         its registered name now
     * @param divisionCode its registered division now
     * @param dishonest    whether it is on the dishonesty (失信) list now
     */
    record OnRecord(String name, DivisionCode divisionCode, boolean dishonest) {
    }
}
