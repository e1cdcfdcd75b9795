package org.greenledger.query.greenfinance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.greenledger.contracts.enterprise.EnergyAudit;
import org.greenledger.contracts.enterprise.EnterpriseProfile;
import org.greenledger.contracts.enterprise.FindEnterprise;
import org.greenledger.contracts.greenfinance.CreditRequestRecord;
import org.greenledger.contracts.greenfinance.FindCreditRequests;
import org.greenledger.contracts.greenlist.EntryRecord;
import org.greenledger.contracts.greenlist.EntrySummary;
import org.greenledger.contracts.greenlist.FindEnterpriseEntries;
import org.greenledger.contracts.subsidy.ApplicationPage;
import org.greenledger.contracts.subsidy.ApplicationStatus;
import org.greenledger.contracts.subsidy.ApplicationSummary;
import org.greenledger.contracts.subsidy.ListApplications;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.GreenCatalogue;
import org.greenledger.kernel.greenfinance.GreenCreditFacts;
import org.greenledger.kernel.greenfinance.GreenCreditFacts.Grant;
import org.greenledger.kernel.greenfinance.GreenCreditFacts.ListedEntry;
import org.greenledger.kernel.greenfinance.GreenCreditFacts.OpenClawback;

/**
 * An enterprise's green record as the other read models hold it, asked through the contracts'
 * questions (never their classes): the parts a consent's scopes open, and the facts a green-credit
 * check is decided from. Callers wait for the read models first ({@link ConsentGuard#awaitCurrent()}).
 */
class GreenRecords {

    static final Set<ApplicationStatus> GRANTED = EnumSet.of(ApplicationStatus.GRANTED, ApplicationStatus.ACCEPTANCE_PASSED,
            ApplicationStatus.CLAWBACK_REVIEW, ApplicationStatus.CLAWED_BACK, ApplicationStatus.CLOSED);
    private static final int PAGE = 200;

    private final QueryGateway queries;

    GreenRecords(QueryGateway queries) {
        this.queries = queries;
    }

    EnterpriseProfile profile(Uscc enterprise) {
        return queries.query(new FindEnterprise(enterprise), ResponseTypes.optionalInstanceOf(EnterpriseProfile.class))
                .join().orElse(null);
    }

    List<EntrySummary> entries(Uscc enterprise) {
        return queries.query(new FindEnterpriseEntries(enterprise), ResponseTypes.multipleInstancesOf(EntryRecord.class))
                .join().stream().map(EntryRecord::entry).toList();
    }

    List<ApplicationSummary> applications(Uscc enterprise) {
        List<ApplicationSummary> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            ApplicationPage answer = queries.query(new ListApplications(enterprise, null, null, null, page, PAGE),
                    ResponseTypes.instanceOf(ApplicationPage.class)).join();
            all.addAll(answer.items());
            if (answer.items().size() < PAGE) {
                return all;
            }
        }
    }

    List<CreditRequestRecord> creditRequests(Uscc enterprise) {
        return queries.query(new FindCreditRequests(enterprise, null),
                ResponseTypes.multipleInstancesOf(CreditRequestRecord.class)).join();
    }

    /** What a green-credit check is decided from, as of {@code position} on {@code today}. */
    GreenCreditFacts facts(Uscc enterprise, String category, GreenCatalogue catalogue, LocalDate today, long position) {
        EnterpriseProfile profile = profile(enterprise);
        List<ListedEntry> entries = entries(enterprise).stream()
                .map(e -> new ListedEntry(e.entryId().value(), e.category().name(), e.status().name())).toList();
        List<Grant> grants = new ArrayList<>();
        List<OpenClawback> clawbacks = new ArrayList<>();
        for (ApplicationSummary application : applications(enterprise)) {
            if (GRANTED.contains(application.status()) && application.amount() != null) {
                grants.add(new Grant(application.applicationId().value(), application.programmeId().value(),
                        application.amount()));
            }
            if (application.owed() != null && application.owed().fen() > 0) {
                clawbacks.add(new OpenClawback(application.applicationId().value(), application.owed()));
            }
        }
        LocalDate lastAudit = profile == null ? null : profile.energyAudits().stream().map(EnergyAudit::auditedOn)
                .max(LocalDate::compareTo).orElse(null);
        return new GreenCreditFacts(profile != null, profile != null && profile.dishonest(),
                profile != null && profile.keyEnergyUser(), lastAudit, entries, grants, clawbacks, category,
                catalogue.version(), today, position);
    }
}
