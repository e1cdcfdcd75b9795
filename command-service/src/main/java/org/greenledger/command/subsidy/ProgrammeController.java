package org.greenledger.command.subsidy;

import static org.greenledger.command.RequestFields.choice;
import static org.greenledger.command.RequestFields.date;
import static org.greenledger.command.RequestFields.text;
import static org.greenledger.command.RequestFields.yuan;
import static org.greenledger.command.subsidy.SubsidyRequests.amounts;
import static org.greenledger.command.subsidy.SubsidyRequests.eligibility;
import static org.greenledger.command.subsidy.SubsidyRequests.interest;
import static org.greenledger.command.subsidy.SubsidyRequests.number;
import static org.greenledger.command.subsidy.SubsidyRequests.programmeId;
import static org.greenledger.command.subsidy.SubsidyRequests.tranches;

import org.greenledger.contracts.subsidy.AdjustBudget;
import org.greenledger.contracts.subsidy.OpenProgramme;
import org.greenledger.contracts.subsidy.PublishRuleSet;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.kernel.subsidy.Direction;
import org.greenledger.kernel.subsidy.ProgrammeId;
import org.greenledger.platform.command.CommandSender;
import org.greenledger.platform.security.Actor;
import org.greenledger.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Funding programmes: officials open them, publish rule-set versions and adjust budgets. */
@RestController
@RequestMapping("/api/subsidy/programmes")
class ProgrammeController {

    private final CommandSender commands;

    ProgrammeController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<Answers.Recorded> open(@RequestBody SubsidyRequests.Opening body, Actor actor) {
        actor.requireRole(Role.OFFICIAL);
        ProgrammeId id = ProgrammeId.random();
        OpenProgramme command = new OpenProgramme(id, number("year", body.year()), choice("direction", body.direction(),
                Direction.class), text(body.title()), date("opensOn", body.opensOn()), date("closesOn", body.closesOn()),
                yuan("budgetYuan", body.budgetYuan()), tranches(body.tranches()), number("noticeDays", body.noticeDays()),
                eligibility(body.eligibility()), amounts(body.amounts()), interest(body.interest()));
        return Answers.created(commands, command, actor, id.value(), "/api/subsidy/programmes/" + id);
    }

    @PostMapping("/{programmeId}/rule-sets")
    ResponseEntity<Answers.Recorded> publishRules(@PathVariable("programmeId") String path,
                                                  @RequestBody SubsidyRequests.RuleChange body, Actor actor) {
        actor.requireRole(Role.OFFICIAL);
        ProgrammeId id = programmeId(path);
        return send(id, new PublishRuleSet(id, eligibility(body.eligibility()), amounts(body.amounts()),
                interest(body.interest()), text(body.reason())),
                actor);
    }

    @PostMapping("/{programmeId}/budget")
    ResponseEntity<Answers.Recorded> adjustBudget(@PathVariable("programmeId") String path,
                                                  @RequestBody SubsidyRequests.BudgetChange body, Actor actor) {
        actor.requireRole(Role.OFFICIAL);
        ProgrammeId id = programmeId(path);
        return send(id, new AdjustBudget(id, yuan("budgetYuan", body.budgetYuan()), text(body.reason())), actor);
    }

    private ResponseEntity<Answers.Recorded> send(ProgrammeId id, Object command, Actor actor) {
        return Answers.sent(commands, command, actor, id.value(),
                () -> new NotFound("subsidy.programme-not-found", "There is no programme " + id + "."));
    }
}
