package org.greenledger.query.greenfinance;

import static org.greenledger.query.QueryParameters.read;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.greenledger.contracts.enterprise.EnergyAudit;
import org.greenledger.contracts.enterprise.EnterpriseProfile;
import org.greenledger.contracts.greenfinance.ConsentRecord;
import org.greenledger.contracts.greenfinance.CreditStatus;
import org.greenledger.contracts.greenfinance.GreenRecordRead;
import org.greenledger.contracts.greenlist.EntryStatus;
import org.greenledger.contracts.subsidy.ApplicationStatus;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.ConsentId;
import org.greenledger.kernel.greenfinance.ConsentScope;
import org.greenledger.kernel.greenfinance.CreditRequestId;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.ListLevel;
import org.greenledger.kernel.greenlist.RemovalReason;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.ProgrammeId;
import org.greenledger.platform.security.Actor;
import org.greenledger.platform.security.Role;
import org.greenledger.platform.messaging.ReadLog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An enterprise's green record as a bank may see it: only under the bank's live consent, only the
 * consented scopes, never from a stale view of the consent, and every read recorded (who looked)
 * before the answer leaves. An auditor reads all of it, recorded too. Nobody else reads it here.
 */
@RestController
@RequestMapping("/api/greenfinance/enterprises/{uscc}/green-record")
class GreenRecordController {

    private final ConsentGuard guard;
    private final GreenRecords records;
    private final ReadLog readLog;
    private final Clock clock;

    GreenRecordController(ConsentGuard guard, GreenRecords records, ReadLog readLog, Clock clock) {
        this.guard = guard;
        this.records = records;
        this.readLog = readLog;
        this.clock = clock;
    }

    /** The record; a part not in the scopes read is absent (null), not empty. */
    record GreenRecord(Uscc enterprise, String name, ConsentId consentId, Set<ConsentScope> scopes, List<Entry> greenList,
                       List<Subsidy> subsidies, Dishonesty dishonesty, EnergyAudits energyAudits, List<Credit> creditRequests,
                       long position, Instant readAt, long lookPosition) {
    }

    record Entry(EntryId entryId, ListCategory category, ListLevel level, EntryStatus status, LocalDate listedFrom,
                 LocalDate removedFrom, RemovalReason removalReason) {
    }

    record Subsidy(ApplicationId applicationId, ProgrammeId programmeId, String project, ApplicationStatus status,
                   Money amount, Money owed) {
    }

    record Dishonesty(boolean dishonest, String reason) {
    }

    record EnergyAudits(boolean keyEnergyUser, List<EnergyAudit> audits) {
    }

    record Credit(CreditRequestId creditRequestId, BankId bank, Money amount, String category, String catalogueVersion,
                  CreditStatus status, Instant requestedAt) {
    }

    @GetMapping
    GreenRecord greenRecord(@PathVariable("uscc") String path, Actor actor) {
        actor.requireRole(Role.BANK, Role.AUDITOR);
        Uscc enterprise = read("uscc", path, Uscc::of);
        long position = guard.awaitCurrent();
        BankId bank = actor.is(Role.BANK) ? BankId.of(actor.bankId()) : null;
        ConsentRecord consent = bank == null ? null : guard.requireLive(enterprise, bank, EnumSet.noneOf(ConsentScope.class));
        Set<ConsentScope> scopes = consent == null ? EnumSet.allOf(ConsentScope.class) : consent.scopes();
        EnterpriseProfile profile = records.profile(enterprise);
        if (profile == null) {
            throw new NotFound("enterprise.not-found", "No enterprise " + enterprise + " is registered.");
        }
        Instant now = clock.instant();
        long look = readLog.record(new GreenRecordRead(enterprise, bank, consent == null ? null : consent.consentId(), scopes,
                position, now), actor);
        return new GreenRecord(enterprise, profile.name(), consent == null ? null : consent.consentId(), scopes,
                scopes.contains(ConsentScope.GREEN_LIST_STATUS) ? entries(enterprise) : null,
                scopes.contains(ConsentScope.SUBSIDY_HISTORY) ? subsidies(enterprise) : null,
                scopes.contains(ConsentScope.DISHONESTY_FLAG)
                        ? new Dishonesty(profile.dishonest(), profile.dishonestyReason()) : null,
                scopes.contains(ConsentScope.ENERGY_AUDIT_STATUS)
                        ? new EnergyAudits(profile.keyEnergyUser(), profile.energyAudits()) : null,
                scopes.contains(ConsentScope.CREDIT_REQUESTS) ? credits(enterprise) : null,
                position, now, look);
    }

    private List<Entry> entries(Uscc enterprise) {
        return records.entries(enterprise).stream().map(e -> new Entry(e.entryId(), e.category(), e.level(), e.status(),
                e.listedFrom(), e.removedFrom(), e.removalReason())).toList();
    }

    private List<Subsidy> subsidies(Uscc enterprise) {
        return records.applications(enterprise).stream().filter(a -> a.status() != ApplicationStatus.DRAFT)
                .map(a -> new Subsidy(a.applicationId(), a.programmeId(), a.project().name(), a.status(), a.amount(),
                        a.owed())).toList();
    }

    private List<Credit> credits(Uscc enterprise) {
        return records.creditRequests(enterprise).stream().map(c -> new Credit(c.creditRequestId(), c.bank(), c.amount(),
                c.category(), c.catalogueVersion(), c.status(), c.requestedAt())).toList();
    }
}
