package org.greenledger.query.subsidy;

import static org.greenledger.query.QueryParameters.choice;
import static org.greenledger.query.QueryParameters.number;
import static org.greenledger.query.QueryParameters.pageSize;
import static org.greenledger.query.QueryParameters.read;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.greenledger.contracts.subsidy.ApplicationPage;
import org.greenledger.contracts.subsidy.ApplicationRecord;
import org.greenledger.contracts.subsidy.ApplicationStatus;
import org.greenledger.contracts.subsidy.DecisionRecord;
import org.greenledger.contracts.subsidy.ExpertReview;
import org.greenledger.contracts.subsidy.FindApplication;
import org.greenledger.contracts.subsidy.FindProgramme;
import org.greenledger.contracts.subsidy.ListApplications;
import org.greenledger.contracts.subsidy.ListProgrammes;
import org.greenledger.contracts.subsidy.ProgrammeLedger;
import org.greenledger.contracts.subsidy.ProgrammePage;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.Forbidden;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.ExpertId;
import org.greenledger.kernel.subsidy.ProgrammeId;
import org.greenledger.platform.query.ReadModel;
import org.greenledger.platform.security.Actor;
import org.greenledger.platform.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The subsidy flow's read side. Programmes and their ledgers are the office's published guidance,
 * open to every role. Applications: officials and auditors read all of them; an enterprise its own,
 * never an expert's scores; an expert those assigned to them, with only their own scores until the
 * application is decided; banks none.
 */
@RestController
@RequestMapping("/api/subsidy")
@ReadModel(SubsidyProjection.PROCESSING_GROUP)
class SubsidyController {

    static final int MAX_PAGE_SIZE = 100;
    private static final List<ApplicationStatus> DECIDED = List.of(ApplicationStatus.APPROVED, ApplicationStatus.GRANTED,
            ApplicationStatus.ACCEPTANCE_PASSED, ApplicationStatus.CLAWBACK_REVIEW, ApplicationStatus.CLAWED_BACK,
            ApplicationStatus.CLOSED, ApplicationStatus.REJECTED, ApplicationStatus.INELIGIBLE);

    private final QueryGateway queries;

    SubsidyController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/programmes")
    ProgrammePage programmes(@RequestParam(name = "page", defaultValue = "0") String page,
                             @RequestParam(name = "size", defaultValue = "20") String size, Actor actor) {
        actor.requireRole(Role.values());
        int pageNumber = number("page", page, 0, Integer.MAX_VALUE);
        return queries.query(new ListProgrammes(pageNumber, pageSize(pageNumber, size, MAX_PAGE_SIZE)),
                ResponseTypes.instanceOf(ProgrammePage.class)).join();
    }

    @GetMapping("/programmes/{programmeId}")
    ProgrammeLedger programme(@PathVariable("programmeId") String path, Actor actor) {
        actor.requireRole(Role.values());
        ProgrammeId id = read("programmeId", path, ProgrammeId::of);
        ProgrammeLedger ledger = queries.query(new FindProgramme(id), ResponseTypes.instanceOf(ProgrammeLedger.class)).join();
        if (ledger == null) {
            throw new NotFound("subsidy.programme-not-found", "There is no programme " + id + ".");
        }
        return ledger;
    }

    /** An enterprise lists its own, an expert what is assigned to them; other filters narrow further. */
    @GetMapping("/applications")
    ApplicationPage applications(@RequestParam(name = "programme", required = false) String programme,
                                 @RequestParam(name = "status", required = false) String status,
                                 @RequestParam(name = "applicant", required = false) String applicant,
                                 @RequestParam(name = "page", defaultValue = "0") String page,
                                 @RequestParam(name = "size", defaultValue = "20") String size, Actor actor) {
        actor.requireRole(Role.ENTERPRISE, Role.EXPERT, Role.OFFICIAL, Role.AUDITOR);
        Uscc applicantFilter = blank(applicant) ? null : read("applicant", applicant.strip(), Uscc::of);
        if (actor.is(Role.ENTERPRISE)) {
            if (applicantFilter != null && !applicantFilter.equals(actor.uscc())) {
                throw new Forbidden("security.not-own-record", "An enterprise lists its own applications only.");
            }
            applicantFilter = actor.uscc();
        }
        ExpertId expert = actor.is(Role.EXPERT) ? ExpertId.of(actor.subject()) : null;
        int pageNumber = number("page", page, 0, Integer.MAX_VALUE);
        ListApplications query = new ListApplications(applicantFilter,
                blank(programme) ? null : read("programme", programme.strip(), ProgrammeId::of),
                choice("status", status, ApplicationStatus.class), expert, pageNumber, pageSize(pageNumber, size, MAX_PAGE_SIZE));
        return queries.query(query, ResponseTypes.instanceOf(ApplicationPage.class)).join();
    }

    @GetMapping("/applications/{applicationId}")
    ApplicationRecord application(@PathVariable("applicationId") String path, Actor actor) {
        actor.requireRole(Role.ENTERPRISE, Role.EXPERT, Role.OFFICIAL, Role.AUDITOR);
        ApplicationRecord record = visible(path, actor);
        if (actor.is(Role.ENTERPRISE)) {
            return withReviews(record, List.of());
        }
        if (actor.is(Role.EXPERT) && !DECIDED.contains(record.summary().status())) {
            ExpertId self = ExpertId.of(actor.subject());
            return withReviews(record, record.reviews().stream().filter(review -> review.expert().equals(self)).toList());
        }
        return record;
    }

    @GetMapping("/applications/{applicationId}/decision")
    DecisionRecord decision(@PathVariable("applicationId") String path, Actor actor) {
        actor.requireRole(Role.ENTERPRISE, Role.EXPERT, Role.OFFICIAL, Role.AUDITOR);
        ApplicationRecord record = visible(path, actor);
        if (record.decision() == null) {
            throw new NotFound("subsidy.no-decision", "Application " + record.summary().applicationId()
                    + " is " + record.summary().status() + "; there is no decision yet.");
        }
        return record.decision();
    }

    /** The application if the caller may see it: 404 when there is none, 403 when it is not theirs. */
    private ApplicationRecord visible(String path, Actor actor) {
        ApplicationId id = read("applicationId", path, ApplicationId::of);
        ApplicationRecord record = queries.query(new FindApplication(id), ResponseTypes.instanceOf(ApplicationRecord.class))
                .join();
        if (record == null) {
            throw new NotFound("subsidy.application-not-found", "There is no application " + id + ".");
        }
        actor.requireOwnRecordIfEnterprise(record.summary().applicant());
        if (actor.is(Role.EXPERT) && !record.summary().experts().contains(ExpertId.of(actor.subject()))) {
            throw new Forbidden("subsidy.expert-not-assigned", "Application " + id + " is not assigned to you.");
        }
        return record;
    }

    private static ApplicationRecord withReviews(ApplicationRecord record, List<ExpertReview> reviews) {
        return new ApplicationRecord(record.summary(), record.missingItems(), reviews, record.decision(), record.timeline(),
                record.loan());
    }

    private static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }
}
