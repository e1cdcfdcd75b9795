package org.greenledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.greenledger.contracts.greenfinance.EligibilityChecked;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.ConsentId;
import org.greenledger.kernel.greenfinance.ConsentScope;
import org.greenledger.kernel.greenfinance.GreenCreditAssessment;
import org.greenledger.kernel.greenfinance.GreenCreditFacts;
import org.greenledger.kernel.greenfinance.GreenCreditPolicies;
import org.greenledger.kernel.greenfinance.GreenCreditResult;
import org.junit.jupiter.api.Test;

/** A recorded eligibility check re-runs to the same answer, line by line; a record altered after the fact does not. */
class RerunsTest {

    static final GreenCreditFacts FACTS = new GreenCreditFacts(true, false, false, null,
            List.of(new GreenCreditFacts.ListedEntry("e-1", "GREEN_FACTORY", "LISTED")), List.of(), List.of(), "1.2",
            "GFSP-2025", LocalDate.of(2026, 12, 3), 41);

    static EligibilityChecked checked(GreenCreditAssessment assessment) {
        return new EligibilityChecked("6b1f0e2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b", Uscc.of("91310113MA1FL4G931"),
                BankId.of("icbc-sh"), ConsentId.of("10000000-0000-4000-8000-000000000001"), Set.of(ConsentScope.GREEN_LIST_STATUS),
                FACTS, assessment, Instant.parse("2026-12-03T02:00:00Z"), Instant.parse("2027-01-02T02:00:00Z"), "gl-att-1",
                "x.y.z", Instant.parse("2026-12-03T02:00:00Z"));
    }

    @Test
    void a_recorded_check_re_runs_to_a_match_on_every_line() {
        Reruns.Rerun rerun = Reruns.check(checked(GreenCreditPolicies.current().assess(FACTS)));

        assertThat(rerun.match()).isTrue();
        assertThat(rerun.policies()).containsExactly("green-credit-v1");
        assertThat(rerun.lines()).extracting(Reruns.Line::name).startsWith("eligible", "REGISTERED", "ON_GREEN_LIST");
        assertThat(rerun.lines()).allMatch(Reruns.Line::match);
    }

    @Test
    void a_record_altered_after_the_fact_is_a_mismatch_on_the_line_altered() {
        GreenCreditAssessment honest = GreenCreditPolicies.current().assess(FACTS);
        List<GreenCreditResult> altered = new ArrayList<>(honest.criteria());
        GreenCreditResult dishonesty = altered.get(3);
        altered.set(3, new GreenCreditResult(dishonesty.criterion(), dishonesty.met(), "checked by hand"));

        Reruns.Rerun rerun = Reruns.check(checked(new GreenCreditAssessment(honest.policy(), honest.eligible(), altered)));

        assertThat(rerun.match()).isFalse();
        assertThat(rerun.lines()).filteredOn(line -> !line.match()).extracting(Reruns.Line::name)
                .containsExactly("NOT_DISHONEST");
    }
}
