package org.greenledger.platform.testapp;

import java.net.URI;
import java.util.Map;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.platform.command.CommandAnswer;
import org.greenledger.platform.command.CommandSender;
import org.greenledger.platform.query.ReadModel;
import org.greenledger.platform.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A command endpoint and its read model, as the two services split them. */
@RestController
class ThingController {

    private final CommandSender commands;
    private final ThingProjection things;

    ThingController(CommandSender commands, ThingProjection things) {
        this.commands = commands;
        this.things = things;
    }

    record NewThing(String id, String name) {
    }

    @PostMapping("/api/things")
    ResponseEntity<Map<String, Object>> create(@RequestBody NewThing body, Actor actor) {
        CommandAnswer<Object> answer = commands.send(new Things.CreateThing(body.id(), body.name()), actor);
        return ResponseEntity.created(URI.create("/api/things/" + body.id()))
                .header("X-Position", String.valueOf(answer.position()))
                .body(Map.of("id", body.id(), "position", answer.position()));
    }

    @ReadModel(ThingProjection.GROUP)
    @GetMapping("/api/things/{id}")
    Map<String, String> read(@PathVariable String id) {
        String name = things.names.get(id);
        if (name == null) {
            throw new NotFound("thing.not-found", "No thing " + id + ".");
        }
        return Map.of("id", id, "name", name);
    }
}
