package org.greenledger.command.subsidy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.Direction;
import org.greenledger.kernel.subsidy.ProgrammeId;
import org.greenledger.kernel.subsidy.RuleSet;
import org.greenledger.kernel.subsidy.Tranche;

/**
 * What an application needs to know of its programme.
 *
 * @param id             the programme
 * @param direction      what it funds
 * @param opensOn        first day of the application window
 * @param closesOn       last day of the window, inclusive
 * @param noticeDays     the public-notice period of a decision, in days
 * @param tranches       how a grant is paid out
 * @param currentVersion the rule-set version new submissions fall under
 * @param ruleSets       every published version
 * @param remaining      budget neither reserved nor granted
 */
record ProgrammeTerms(ProgrammeId id, Direction direction, LocalDate opensOn, LocalDate closesOn, int noticeDays,
                      List<Tranche> tranches, int currentVersion,
                      Map<Integer, RuleSet> ruleSets, Money remaining) {

    ProgrammeTerms {
        tranches = List.copyOf(tranches);
        ruleSets = Map.copyOf(ruleSets);
    }

    RuleSet ruleSet(int version) {
        RuleSet rules = ruleSets.get(version);
        if (rules == null) {
            throw new IllegalTransition("subsidy.unknown-rule-version", "Programme " + id + " has no rule-set version "
                    + version + ".");
        }
        return rules;
    }
}
