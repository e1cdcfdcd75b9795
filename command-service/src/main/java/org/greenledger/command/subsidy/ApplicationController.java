package org.greenledger.command.subsidy;

import static org.greenledger.command.RequestFields.choice;
import static org.greenledger.command.RequestFields.read;
import static org.greenledger.command.RequestFields.tce;
import static org.greenledger.command.RequestFields.text;
import static org.greenledger.command.RequestFields.texts;
import static org.greenledger.command.RequestFields.yuan;
import static org.greenledger.command.subsidy.SubsidyRequests.applicationId;
import static org.greenledger.command.subsidy.SubsidyRequests.experts;
import static org.greenledger.command.subsidy.SubsidyRequests.flag;
import static org.greenledger.command.subsidy.SubsidyRequests.number;
import static org.greenledger.command.subsidy.SubsidyRequests.optionalYuan;
import static org.greenledger.command.subsidy.SubsidyRequests.programmeId;
import static org.greenledger.command.subsidy.SubsidyRequests.project;
import static org.greenledger.command.subsidy.SubsidyRequests.scores;

import org.greenledger.contracts.subsidy.AcceptApplication;
import org.greenledger.contracts.subsidy.ApproveApplication;
import org.greenledger.contracts.subsidy.AssignExperts;
import org.greenledger.contracts.subsidy.ClawbackReason;
import org.greenledger.contracts.subsidy.DecideClawback;
import org.greenledger.contracts.subsidy.DisburseTranche;
import org.greenledger.contracts.subsidy.DraftApplication;
import org.greenledger.contracts.subsidy.EditDraft;
import org.greenledger.contracts.subsidy.NameLoan;
import org.greenledger.contracts.subsidy.RaiseObjection;
import org.greenledger.contracts.subsidy.RecordAcceptance;
import org.greenledger.contracts.subsidy.RecordRecovery;
import org.greenledger.contracts.subsidy.RejectApplication;
import org.greenledger.contracts.subsidy.ReturnForCompletion;
import org.greenledger.contracts.subsidy.ScoreApplication;
import org.greenledger.contracts.subsidy.SubmitApplication;
import org.greenledger.contracts.subsidy.WithdrawApplication;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.kernel.greenfinance.CreditRequestId;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.ExpertId;
import org.greenledger.platform.command.CommandSender;
import org.greenledger.platform.security.Actor;
import org.greenledger.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Subsidy applications. The enterprise drafts, edits, submits and withdraws its own (the
 * applicant is always the token's enterprise); officials check, assign experts and decide; an
 * expert scores what is assigned to them (the expert is always the token's subject). Each step is
 * a POST of a new fact; the aggregate decides whether the record is the caller's own (else 403).
 */
@RestController
@RequestMapping("/api/subsidy/applications")
class ApplicationController {

    private final CommandSender commands;

    ApplicationController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<Answers.Recorded> draft(@RequestBody SubsidyRequests.Project body, Actor actor) {
        actor.requireRole(Role.ENTERPRISE);
        ApplicationId id = ApplicationId.random();
        DraftApplication command = new DraftApplication(id, programmeId(body.programmeId()), actor.uscc(), project(body));
        return Answers.created(commands, command, actor, id.value(), "/api/subsidy/applications/" + id);
    }

    @PutMapping("/{applicationId}/project")
    ResponseEntity<Answers.Recorded> edit(@PathVariable("applicationId") String path,
                                          @RequestBody SubsidyRequests.Project body, Actor actor) {
        actor.requireRole(Role.ENTERPRISE);
        if (body.programmeId() != null) {
            throw new InvalidInput("subsidy.programme-fixed", "programmeId",
                    "An application stays in the programme it was drafted for; draft a new one for another programme.");
        }
        ApplicationId id = applicationId(path);
        return send(id, new EditDraft(id, actor.uscc(), project(body)), actor);
    }

    /** Under an interest-subsidy programme: the approved green loan the application is for. */
    @PutMapping("/{applicationId}/loan")
    ResponseEntity<Answers.Recorded> nameLoan(@PathVariable("applicationId") String path,
                                              @RequestBody SubsidyRequests.LoanChoice body, Actor actor) {
        actor.requireRole(Role.ENTERPRISE);
        ApplicationId id = applicationId(path);
        return send(id, new NameLoan(id, actor.uscc(), read("creditRequestId", body.creditRequestId(),
                CreditRequestId::of)), actor);
    }

    @PostMapping("/{applicationId}/submission")
    ResponseEntity<Answers.Recorded> submit(@PathVariable("applicationId") String path, Actor actor) {
        actor.requireRole(Role.ENTERPRISE);
        ApplicationId id = applicationId(path);
        return send(id, new SubmitApplication(id, actor.uscc()), actor);
    }

    @PostMapping("/{applicationId}/withdrawal")
    ResponseEntity<Answers.Recorded> withdraw(@PathVariable("applicationId") String path,
                                              @RequestBody SubsidyRequests.Reason body, Actor actor) {
        actor.requireRole(Role.ENTERPRISE);
        ApplicationId id = applicationId(path);
        return send(id, new WithdrawApplication(id, actor.uscc(), text(body.reason())), actor);
    }

    @PostMapping("/{applicationId}/return")
    ResponseEntity<Answers.Recorded> returnForCompletion(@PathVariable("applicationId") String path,
                                                         @RequestBody SubsidyRequests.MissingItems body, Actor actor) {
        ApplicationId id = officialOn(path, actor);
        return send(id, new ReturnForCompletion(id, texts(body.missingItems())), actor);
    }

    @PostMapping("/{applicationId}/acceptance")
    ResponseEntity<Answers.Recorded> accept(@PathVariable("applicationId") String path, Actor actor) {
        ApplicationId id = officialOn(path, actor);
        return send(id, new AcceptApplication(id), actor);
    }

    @PostMapping("/{applicationId}/experts")
    ResponseEntity<Answers.Recorded> assignExperts(@PathVariable("applicationId") String path,
                                                   @RequestBody SubsidyRequests.Experts body, Actor actor) {
        ApplicationId id = officialOn(path, actor);
        return send(id, new AssignExperts(id, experts(body.experts())), actor);
    }

    @PostMapping("/{applicationId}/scores")
    ResponseEntity<Answers.Recorded> score(@PathVariable("applicationId") String path,
                                           @RequestBody SubsidyRequests.Review body, Actor actor) {
        actor.requireRole(Role.EXPERT);
        ApplicationId id = applicationId(path);
        return send(id, new ScoreApplication(id, ExpertId.of(actor.subject()), scores(body.scores()), text(body.comment())),
                actor);
    }

    @PostMapping("/{applicationId}/approval")
    ResponseEntity<Answers.Recorded> approve(@PathVariable("applicationId") String path,
                                             @RequestBody SubsidyRequests.Approval body, Actor actor) {
        ApplicationId id = officialOn(path, actor);
        return send(id, new ApproveApplication(id, optionalYuan("amountYuan", body.amountYuan()),
                text(body.reductionReason()), texts(body.reasons())), actor);
    }

    /** During the public notice: the applicant objects to its own approval, or an official does. */
    @PostMapping("/{applicationId}/objection")
    ResponseEntity<Answers.Recorded> object(@PathVariable("applicationId") String path,
                                            @RequestBody SubsidyRequests.Rejection body, Actor actor) {
        actor.requireRole(Role.ENTERPRISE, Role.OFFICIAL);
        ApplicationId id = applicationId(path);
        return send(id, new RaiseObjection(id, actor.is(Role.ENTERPRISE) ? actor.uscc() : null, texts(body.reasons())), actor);
    }

    @PostMapping("/{applicationId}/disbursements")
    ResponseEntity<Answers.Recorded> disburse(@PathVariable("applicationId") String path,
                                              @RequestBody SubsidyRequests.Disbursement body, Actor actor) {
        ApplicationId id = officialOn(path, actor);
        return send(id, new DisburseTranche(id, number("tranche", body.tranche()), text(body.paymentReference())), actor);
    }

    @PostMapping("/{applicationId}/acceptance-check")
    ResponseEntity<Answers.Recorded> checkAcceptance(@PathVariable("applicationId") String path,
                                                     @RequestBody SubsidyRequests.AcceptanceCheck body, Actor actor) {
        ApplicationId id = officialOn(path, actor);
        return send(id, new RecordAcceptance(id, tce("verifiedSavingTce", body.verifiedSavingTce()),
                flag("passed", body.passed()), text(body.reportReference())), actor);
    }

    @PostMapping("/{applicationId}/clawback")
    ResponseEntity<Answers.Recorded> clawBack(@PathVariable("applicationId") String path,
                                              @RequestBody SubsidyRequests.Clawback body, Actor actor) {
        ApplicationId id = officialOn(path, actor);
        return send(id, new DecideClawback(id, choice("reason", body.reason(), ClawbackReason.class),
                yuan("amountYuan", body.amountYuan()), text(body.explanation())), actor);
    }

    @PostMapping("/{applicationId}/recoveries")
    ResponseEntity<Answers.Recorded> recover(@PathVariable("applicationId") String path,
                                             @RequestBody SubsidyRequests.Recovery body, Actor actor) {
        ApplicationId id = officialOn(path, actor);
        return send(id, new RecordRecovery(id, yuan("amountYuan", body.amountYuan()), text(body.paymentReference())), actor);
    }

    @PostMapping("/{applicationId}/rejection")
    ResponseEntity<Answers.Recorded> reject(@PathVariable("applicationId") String path,
                                            @RequestBody SubsidyRequests.Rejection body, Actor actor) {
        ApplicationId id = officialOn(path, actor);
        return send(id, new RejectApplication(id, texts(body.reasons())), actor);
    }

    private static ApplicationId officialOn(String path, Actor actor) {
        actor.requireRole(Role.OFFICIAL);
        return applicationId(path);
    }

    private ResponseEntity<Answers.Recorded> send(ApplicationId id, Object command, Actor actor) {
        return Answers.sent(commands, command, actor, id.value(),
                () -> new NotFound("subsidy.application-not-found", "There is no application " + id + "."));
    }
}
