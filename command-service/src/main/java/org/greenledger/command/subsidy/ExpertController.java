package org.greenledger.command.subsidy;

import static org.greenledger.command.RequestFields.text;
import static org.greenledger.command.subsidy.SubsidyRequests.expertId;
import static org.greenledger.command.subsidy.SubsidyRequests.uscc;
import static org.greenledger.command.subsidy.SubsidyRequests.usccs;

import org.greenledger.contracts.subsidy.DeclareAffiliation;
import org.greenledger.contracts.subsidy.RegisterExpert;
import org.greenledger.kernel.failure.Forbidden;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.kernel.subsidy.ExpertId;
import org.greenledger.platform.command.CommandSender;
import org.greenledger.platform.security.Actor;
import org.greenledger.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The expert roster: officials register experts; an expert, or an official, declares further ties. */
@RestController
@RequestMapping("/api/subsidy/experts")
class ExpertController {

    private final CommandSender commands;

    ExpertController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<Answers.Recorded> register(@RequestBody SubsidyRequests.Registration body, Actor actor) {
        actor.requireRole(Role.OFFICIAL);
        ExpertId id = expertId("expertId", body.expertId());
        RegisterExpert command = new RegisterExpert(id, text(body.name()), usccs("affiliations", body.affiliations()));
        return Answers.created(commands, command, actor, id.value(), "/api/subsidy/experts/" + id);
    }

    /** An expert declares only their own ties. */
    @PostMapping("/{expertId}/affiliations")
    ResponseEntity<Answers.Recorded> declare(@PathVariable("expertId") String path,
                                             @RequestBody SubsidyRequests.Affiliation body, Actor actor) {
        actor.requireRole(Role.OFFICIAL, Role.EXPERT);
        ExpertId id = expertId("expertId", path);
        if (actor.is(Role.EXPERT) && !actor.subject().equals(id.value())) {
            throw new Forbidden("subsidy.not-own-roster-entry", "An expert declares their own affiliations only.");
        }
        return Answers.sent(commands, new DeclareAffiliation(id, uscc("uscc", body.uscc())), actor, id.value(),
                () -> new NotFound("subsidy.expert-not-found", "Expert " + id + " is not on the roster."));
    }
}
