package org.greenledger.query.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.greenledger.contracts.greenfinance.EligibilityChecked;
import org.greenledger.contracts.subsidy.ApplicationRecord;
import org.greenledger.contracts.subsidy.DecisionRecord;
import org.greenledger.kernel.greenfinance.GreenCreditAssessment;
import org.greenledger.kernel.greenfinance.GreenCreditPolicies;
import org.greenledger.kernel.greenfinance.GreenCreditResult;
import org.greenledger.kernel.subsidy.AmountDecision;
import org.greenledger.kernel.subsidy.AmountPolicies;
import org.greenledger.kernel.subsidy.AmountTerm;
import org.greenledger.kernel.subsidy.CriterionResult;
import org.greenledger.kernel.subsidy.EligibilityAssessment;
import org.greenledger.kernel.subsidy.EligibilityPolicies;
import org.greenledger.kernel.subsidy.InterestInputs;
import org.greenledger.kernel.subsidy.InterestPolicies;

/**
 * Recorded decisions re-run from what they recorded, under the policy versions they name (released
 * policy code is never changed in place), and set beside the record line by line: each criterion, each
 * amount term, the amount. Pure: the same record always gives the same answer.
 */
final class Reruns {

    private Reruns() {
    }

    /** One line, recorded beside recomputed. */
    record Line(String name, String recorded, String recomputed, boolean match) {
    }

    /**
     * A decision re-run.
     *
     * @param policies the policy versions re-run
     * @param lines    every criterion and term, recorded and recomputed
     * @param match    every line matches
     */
    record Rerun(String subject, List<String> policies, List<Line> lines, boolean match) {
    }

    static Rerun decision(ApplicationRecord application) {
        DecisionRecord decision = application.decision();
        List<Line> lines = new ArrayList<>();
        List<String> policies = new ArrayList<>();
        EligibilityAssessment recorded = decision.eligibility();
        if (recorded != null) {
            policies.add(recorded.policy());
            EligibilityAssessment again = EligibilityPolicies.byVersion(recorded.policy()).assess(decision.facts(),
                    decision.ruleSet().eligibility(), application.summary().project().category());
            lines.add(line("eligible", recorded.eligible(), again.eligible()));
            int count = Math.max(recorded.criteria().size(), again.criteria().size());
            for (int i = 0; i < count; i++) {
                CriterionResult before = i < recorded.criteria().size() ? recorded.criteria().get(i) : null;
                CriterionResult now = i < again.criteria().size() ? again.criteria().get(i) : null;
                String name = (before != null ? before.criterion() : now.criterion()).name();
                lines.add(new Line(name, criterion(before), criterion(now), Objects.equals(before, now)));
            }
        }
        AmountDecision computed = decision.computed();
        if (computed != null) {
            policies.add(computed.policy());
            AmountDecision again = InterestPolicies.released(computed.policy())
                    ? InterestPolicies.byVersion(computed.policy()).decide(new InterestInputs(application.loan().amount(),
                            application.loan().rate(), application.loan().termMonths(), decision.ruleSet().interest(),
                            decision.ruleSet().amounts().capPerProject(), decision.inputs().remainingBudget()))
                    : AmountPolicies.byVersion(computed.policy()).decide(decision.inputs());
            int count = Math.max(computed.terms().size(), again.terms().size());
            for (int i = 0; i < count; i++) {
                AmountTerm before = i < computed.terms().size() ? computed.terms().get(i) : null;
                AmountTerm now = i < again.terms().size() ? again.terms().get(i) : null;
                String name = (before != null ? before.kind() : now.kind()).name();
                lines.add(new Line(name, term(before), term(now), Objects.equals(before, now)));
            }
            lines.add(line("computed amount", computed.amount(), again.amount()));
            lines.add(line("binding term", computed.binding(), again.binding()));
        }
        return new Rerun("application " + application.summary().applicationId().value(), policies, lines,
                lines.stream().allMatch(Line::match));
    }

    static Rerun check(EligibilityChecked check) {
        GreenCreditAssessment recorded = check.assessment();
        GreenCreditAssessment again = GreenCreditPolicies.byVersion(recorded.policy()).assess(check.facts());
        List<Line> lines = new ArrayList<>();
        lines.add(line("eligible", recorded.eligible(), again.eligible()));
        int count = Math.max(recorded.criteria().size(), again.criteria().size());
        for (int i = 0; i < count; i++) {
            GreenCreditResult before = i < recorded.criteria().size() ? recorded.criteria().get(i) : null;
            GreenCreditResult now = i < again.criteria().size() ? again.criteria().get(i) : null;
            String name = (before != null ? before.criterion() : now.criterion()).name();
            lines.add(new Line(name, before == null ? null : (before.met() ? "met: " : "not met: ") + before.reason(),
                    now == null ? null : (now.met() ? "met: " : "not met: ") + now.reason(), Objects.equals(before, now)));
        }
        return new Rerun("attestation " + check.attestationId(), List.of(recorded.policy()), lines,
                lines.stream().allMatch(Line::match));
    }

    private static Line line(String name, Object recorded, Object recomputed) {
        return new Line(name, String.valueOf(recorded), String.valueOf(recomputed), Objects.equals(recorded, recomputed));
    }

    private static String criterion(CriterionResult result) {
        return result == null ? null : (result.met() ? "met: " : "not met: ") + result.reason();
    }

    private static String term(AmountTerm term) {
        return term == null ? null : term.amount().toYuan() + " (" + term.reason() + ")";
    }
}
