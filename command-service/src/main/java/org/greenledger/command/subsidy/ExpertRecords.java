package org.greenledger.command.subsidy;

import java.util.Optional;
import java.util.Set;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.subsidy.ExpertId;

/** The expert roster as an assignment needs it. Injected, so fixtures can pin it. */
interface ExpertRecords {

    Optional<OnRoster> find(ExpertId expert);

    /**
     * @param name         the expert's name
     * @param affiliations every enterprise the expert declared ties with
     */
    record OnRoster(String name, Set<Uscc> affiliations) {

        public OnRoster {
            affiliations = Set.copyOf(affiliations);
        }
    }
}
