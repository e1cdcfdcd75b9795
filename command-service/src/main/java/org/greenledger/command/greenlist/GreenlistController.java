package org.greenledger.command.greenlist;

import static org.greenledger.command.RequestFields.choice;
import static org.greenledger.command.RequestFields.date;
import static org.greenledger.command.RequestFields.tce;
import static org.greenledger.command.RequestFields.text;
import static org.greenledger.command.RequestFields.texts;
import static org.greenledger.command.RequestFields.yuan;
import static org.greenledger.command.greenlist.GreenlistRequests.batch;
import static org.greenledger.command.greenlist.GreenlistRequests.cubicMetres;
import static org.greenledger.command.greenlist.GreenlistRequests.entryId;
import static org.greenledger.command.greenlist.GreenlistRequests.percent;
import static org.greenledger.command.greenlist.GreenlistRequests.score;
import static org.greenledger.command.greenlist.GreenlistRequests.unit;
import static org.greenledger.command.greenlist.GreenlistRequests.uscc;
import static org.greenledger.command.greenlist.GreenlistRequests.year;

import java.net.URI;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.greenledger.contracts.greenlist.ConfirmRectification;
import org.greenledger.contracts.greenlist.CorrectListingDate;
import org.greenledger.contracts.greenlist.CorrectRemovalDate;
import org.greenledger.contracts.greenlist.DeclineNomination;
import org.greenledger.contracts.greenlist.DemandRectification;
import org.greenledger.contracts.greenlist.FileDeclaration;
import org.greenledger.contracts.greenlist.NominateUnit;
import org.greenledger.contracts.greenlist.PassReview;
import org.greenledger.contracts.greenlist.PutOnList;
import org.greenledger.contracts.greenlist.RecordEvaluation;
import org.greenledger.contracts.greenlist.RecordMissedDeclaration;
import org.greenledger.contracts.greenlist.RecordMissedRectification;
import org.greenledger.contracts.greenlist.RemoveFromList;
import org.greenledger.contracts.greenlist.UpgradeToNational;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.ListLevel;
import org.greenledger.kernel.greenlist.RemovalReason;
import org.greenledger.platform.command.CommandAnswer;
import org.greenledger.platform.command.CommandSender;
import org.greenledger.platform.security.Actor;
import org.greenledger.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The green list's commands. Officials keep the list; an enterprise files the yearly declarations
 * of its own entries and nothing else; other roles change nothing here. Every change is a POST of
 * a new fact, corrections included. Answers carry the position of the last event appended
 * ({@code X-Position} and {@code position}).
 */
@RestController
@RequestMapping("/api/greenlist/entries")
class GreenlistController {

    static final String POSITION_HEADER = "X-Position";

    private final CommandSender commands;

    GreenlistController(CommandSender commands) {
        this.commands = commands;
    }

    /** What a command endpoint answers. */
    record Recorded(String entryId, Long position) {
    }

    @PostMapping
    ResponseEntity<Recorded> nominate(@RequestBody GreenlistRequests.Nomination body, Actor actor) {
        actor.requireRole(Role.OFFICIAL);
        ListCategory category = choice("category", body.category(), ListCategory.class);
        NominateUnit command = new NominateUnit(category, choice("level", body.level(), ListLevel.class),
                batch(body.batch()), uscc(body.uscc()), unit(category, body));
        EntryId id = command.entryId();
        CommandAnswer<Object> answer;
        try {
            answer = commands.send(command, actor);
        } catch (AggregateStreamCreationException nominatedMeanwhile) {
            throw new IllegalTransition("greenlist.already-nominated", "This unit of " + command.enterprise()
                    + " is already nominated as " + category + " in batch " + command.batch() + " (entry " + id + ").");
        }
        return withPosition(ResponseEntity.created(URI.create("/api/greenlist/entries/" + id)), answer.position())
                .body(new Recorded(id.value(), answer.position()));
    }

    @PostMapping("/{entryId}/evaluation")
    ResponseEntity<Recorded> evaluate(@PathVariable("entryId") String path, @RequestBody GreenlistRequests.Evaluation body,
                                      Actor actor) {
        EntryId id = officialOn(path, actor);
        return send(id, new RecordEvaluation(id, score(body.score()), text(body.evaluator()), text(body.reportReference())), actor);
    }

    @PostMapping("/{entryId}/listing")
    ResponseEntity<Recorded> list(@PathVariable("entryId") String path, @RequestBody GreenlistRequests.Listing body,
                                  Actor actor) {
        EntryId id = officialOn(path, actor);
        return send(id, new PutOnList(id, date("effectiveFrom", body.effectiveFrom()), text(body.decisionReference())), actor);
    }

    @PostMapping("/{entryId}/declination")
    ResponseEntity<Recorded> decline(@PathVariable("entryId") String path, @RequestBody GreenlistRequests.Declination body,
                                     Actor actor) {
        EntryId id = officialOn(path, actor);
        return send(id, new DeclineNomination(id, texts(body.reasons())), actor);
    }

    /** The declarant is the token's enterprise; the entry decides whether it is its own (else 403). */
    @PostMapping("/{entryId}/declarations")
    ResponseEntity<Recorded> declare(@PathVariable("entryId") String path, @RequestBody GreenlistRequests.Declaration body,
                                     Actor actor) {
        actor.requireRole(Role.ENTERPRISE);
        EntryId id = entryId(path);
        FileDeclaration command = new FileDeclaration(id, actor.uscc(), year(body.year()),
                tce("energyUseTce", body.energyUseTce()), yuan("outputValueYuan", body.outputValueYuan()),
                cubicMetres("waterM3", body.waterM3()),
                percent("solidWasteUtilisationPercent", body.solidWasteUtilisationPercent()));
        return send(id, command, actor);
    }

    @PostMapping("/{entryId}/missed-declarations")
    ResponseEntity<Recorded> recordMissedDeclaration(@PathVariable("entryId") String path,
                                                     @RequestBody GreenlistRequests.MissedDeclaration body, Actor actor) {
        EntryId id = officialOn(path, actor);
        return send(id, new RecordMissedDeclaration(id, year(body.year())), actor);
    }

    @PostMapping("/{entryId}/reviews")
    ResponseEntity<Recorded> review(@PathVariable("entryId") String path, @RequestBody GreenlistRequests.Review body,
                                    Actor actor) {
        EntryId id = officialOn(path, actor);
        Object command = switch (choice("outcome", body.outcome(), ReviewOutcome.class)) {
            case PASSED -> {
                refuseExtra("findings", body.findings(), "a passed review");
                refuseExtra("deadline", body.deadline(), "a passed review");
                yield new PassReview(id, date("reviewedOn", body.reviewedOn()), text(body.reference()));
            }
            case RECTIFICATION_REQUIRED -> {
                refuseExtra("reference", body.reference(), "a review that demands rectification");
                yield new DemandRectification(id, date("reviewedOn", body.reviewedOn()), text(body.findings()),
                        date("deadline", body.deadline()));
            }
        };
        return send(id, command, actor);
    }

    @PostMapping("/{entryId}/rectification/confirmation")
    ResponseEntity<Recorded> confirmRectification(@PathVariable("entryId") String path,
                                                  @RequestBody GreenlistRequests.RectificationCheck body, Actor actor) {
        EntryId id = officialOn(path, actor);
        return send(id, new ConfirmRectification(id, date("confirmedOn", body.confirmedOn()), text(body.reference())), actor);
    }

    @PostMapping("/{entryId}/rectification/missed")
    ResponseEntity<Recorded> recordMissedRectification(@PathVariable("entryId") String path, Actor actor) {
        EntryId id = officialOn(path, actor);
        return send(id, new RecordMissedRectification(id), actor);
    }

    @PostMapping("/{entryId}/removal")
    ResponseEntity<Recorded> remove(@PathVariable("entryId") String path, @RequestBody GreenlistRequests.Removal body,
                                    Actor actor) {
        EntryId id = officialOn(path, actor);
        RemoveFromList command = new RemoveFromList(id, choice("reason", body.reason(), RemovalReason.class),
                text(body.explanation()), date("effectiveFrom", body.effectiveFrom()), text(body.decisionReference()));
        return send(id, command, actor);
    }

    @PostMapping("/{entryId}/upgrade")
    ResponseEntity<Recorded> upgrade(@PathVariable("entryId") String path, @RequestBody GreenlistRequests.Upgrade body,
                                     Actor actor) {
        EntryId id = officialOn(path, actor);
        return send(id, new UpgradeToNational(id, date("effectiveFrom", body.effectiveFrom()), text(body.decisionReference())), actor);
    }

    @PostMapping("/{entryId}/listing-date-corrections")
    ResponseEntity<Recorded> correctListingDate(@PathVariable("entryId") String path,
                                                @RequestBody GreenlistRequests.Correction body, Actor actor) {
        EntryId id = officialOn(path, actor);
        return send(id, new CorrectListingDate(id, date("correctedFrom", body.correctedFrom()), text(body.reason())), actor);
    }

    @PostMapping("/{entryId}/removal-date-corrections")
    ResponseEntity<Recorded> correctRemovalDate(@PathVariable("entryId") String path,
                                                @RequestBody GreenlistRequests.Correction body, Actor actor) {
        EntryId id = officialOn(path, actor);
        return send(id, new CorrectRemovalDate(id, date("correctedFrom", body.correctedFrom()), text(body.reason())), actor);
    }

    enum ReviewOutcome {
        PASSED, RECTIFICATION_REQUIRED
    }

    private static EntryId officialOn(String path, Actor actor) {
        actor.requireRole(Role.OFFICIAL);
        return entryId(path);
    }

    private static void refuseExtra(String field, String value, String what) {
        if (value != null) {
            throw new InvalidInput("greenlist.review-extra-field", field, field + " does not belong to " + what + ".");
        }
    }

    /** Sends a command to an existing entry; an unknown one is a 404 naming it. */
    private ResponseEntity<Recorded> send(EntryId id, Object command, Actor actor) {
        CommandAnswer<Object> answer;
        try {
            answer = commands.send(command, actor);
        } catch (AggregateNotFoundException unknown) {
            throw new NotFound("greenlist.entry-not-found", "There is no green-list entry " + id + ".");
        }
        return withPosition(ResponseEntity.ok(), answer.position()).body(new Recorded(id.value(), answer.position()));
    }

    private static ResponseEntity.BodyBuilder withPosition(ResponseEntity.BodyBuilder response, Long position) {
        return position == null ? response : response.header(POSITION_HEADER, position.toString());
    }
}
