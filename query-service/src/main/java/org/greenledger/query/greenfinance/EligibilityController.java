package org.greenledger.query.greenfinance;

import static org.greenledger.query.QueryParameters.read;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.greenledger.contracts.greenfinance.ConsentRecord;
import org.greenledger.contracts.greenfinance.EligibilityChecked;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.ConsentScope;
import org.greenledger.kernel.greenfinance.GreenCatalogue;
import org.greenledger.kernel.greenfinance.GreenCatalogues;
import org.greenledger.kernel.greenfinance.GreenCreditAssessment;
import org.greenledger.kernel.greenfinance.GreenCreditFacts;
import org.greenledger.kernel.greenfinance.GreenCreditPolicies;
import org.greenledger.kernel.greenfinance.GreenCreditResult;
import org.greenledger.platform.security.Actor;
import org.greenledger.platform.security.Role;
import org.greenledger.platform.messaging.ReadLog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A bank's green-credit eligibility check of an enterprise for a project category: under a live
 * consent that covers what the check reads, as of the store's head when the check began, decided by
 * the current released policy against the catalogue version in force today, answered criterion by
 * criterion with a signed attestation the bank keeps. The check, its facts and the attestation are
 * recorded before the answer leaves.
 */
@RestController
@RequestMapping("/api/greenfinance/enterprises/{uscc}/eligibility")
class EligibilityController {

    /** What a check reads of the record; the enterprise's credit requests are not among it. */
    static final Set<ConsentScope> READS = EnumSet.of(ConsentScope.GREEN_LIST_STATUS, ConsentScope.SUBSIDY_HISTORY,
            ConsentScope.DISHONESTY_FLAG, ConsentScope.ENERGY_AUDIT_STATUS);

    private final ConsentGuard guard;
    private final GreenRecords records;
    private final Attestations attestations;
    private final AttestationSettings settings;
    private final ReadLog readLog;
    private final Clock clock;

    EligibilityController(ConsentGuard guard, GreenRecords records, Attestations attestations, AttestationSettings settings,
                          ReadLog readLog, Clock clock) {
        this.guard = guard;
        this.records = records;
        this.attestations = attestations;
        this.settings = settings;
        this.readLog = readLog;
        this.clock = clock;
    }

    record Eligibility(Uscc enterprise, String category, String categoryTitle, String catalogueVersion,
                       String catalogueTitle, String policy, boolean eligible, List<GreenCreditResult> criteria,
                       long position, Instant reflects, Attestation attestation, long lookPosition) {
    }

    /** The attestation as issued, and where its keys are published. */
    record Attestation(String id, String kid, String jws, Instant validFrom, Instant validUntil, String keys) {
    }

    @GetMapping
    Eligibility check(@PathVariable("uscc") String path, @RequestParam(name = "category", required = false) String category,
                      Actor actor) {
        actor.requireRole(Role.BANK);
        Uscc enterprise = read("uscc", path, Uscc::of);
        if (category == null || category.isBlank()) {
            throw new InvalidInput("request.missing-field", "category", "category is required: a project category code "
                    + "of the green-finance catalogue, e.g. 1.2.");
        }
        long position = guard.awaitCurrent();
        BankId bank = BankId.of(actor.bankId());
        ConsentRecord consent = guard.requireLive(enterprise, bank, READS);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        GreenCatalogue catalogue = GreenCatalogues.inForceOn(today);
        GreenCreditFacts facts = records.facts(enterprise, category.strip(), catalogue, today, position);
        GreenCreditAssessment assessment = GreenCreditPolicies.current().assess(facts);
        UUID id = UUID.randomUUID();
        SignedAttestation signed = attestations.issue(new AttestationClaims(id, enterprise, bank, now,
                now.plus(settings.validity()), facts.category(), catalogue.version(), position, now, assessment.eligible(),
                assessment.criteria().stream().map(c -> new AttestedCriterion(c.criterion().name(), c.met(), c.reason()))
                        .toList()));
        long look = readLog.record(new EligibilityChecked(id.toString(), enterprise, bank, consent.consentId(), READS, facts,
                assessment, signed.validFrom(), signed.validUntil(), signed.kid(), signed.jws(), now), actor);
        return new Eligibility(enterprise, facts.category(), catalogue.category(facts.category()).orElse(null),
                catalogue.version(), catalogue.title(), assessment.policy(), assessment.eligible(), assessment.criteria(),
                position, now, new Attestation(id.toString(), signed.kid(), signed.jws(), signed.validFrom(),
                signed.validUntil(), AttestationKeysController.PATH), look);
    }
}
