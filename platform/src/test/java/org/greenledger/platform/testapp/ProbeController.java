package org.greenledger.platform.testapp;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.greenledger.kernel.failure.Forbidden;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.kernel.failure.Refused;
import org.greenledger.platform.security.Actor;
import org.greenledger.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that exercise one piece of the platform each. */
@RestController
public class ProbeController {

    public final AtomicInteger counted = new AtomicInteger();

    /** A value type that validates itself, as the kernel's do. */
    public record Code(String value) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Code of(String value) {
            if (value == null || !value.matches("[A-Z]{3}")) {
                throw new InvalidInput("code.invalid", "A code is three capital letters, not '" + value + "'.");
            }
            return new Code(value);
        }

        @JsonValue
        public String json() {
            return value;
        }
    }

    public record Item(long amount) {
    }

    public record Echo(@NotBlank String name, @Min(1) int count, Code code, List<Item> items) {
    }

    public record Count(int by) {
    }

    @GetMapping("/api/whoami")
    Map<String, Object> whoami(Actor actor) {
        Map<String, Object> who = new LinkedHashMap<>();
        who.put("subject", actor.subject());
        who.put("role", actor.role());
        who.put("uscc", actor.uscc() == null ? null : actor.uscc().value());
        who.put("bankId", actor.bankId());
        who.put("authorities", SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).toList());
        return who;
    }

    @GetMapping("/api/officials-only")
    String officialsOnly(Actor actor) {
        actor.requireRole(Role.OFFICIAL);
        return "ok";
    }

    @PostMapping("/api/echo")
    Echo echo(@Valid @RequestBody Echo body) {
        return body;
    }

    @GetMapping("/api/page")
    String page(@RequestParam("size") @Min(1) @Max(100) int size) {
        return "size " + size;
    }

    @GetMapping("/api/fail/{kind}")
    String fail(@PathVariable String kind) throws Exception {
        throw switch (kind) {
            case "invalid" -> new InvalidInput("probe.invalid", "amount", "Amount must be positive.");
            case "not-found" -> new NotFound("probe.not-found", "No probe 7.");
            case "illegal" -> new IllegalTransition("probe.illegal-transition", "Probe 7 is closed.");
            case "forbidden" -> new Forbidden("probe.forbidden", "Not your probe.");
            case "refused" -> new Refused("probe.refused", "The budget is spent.");
            case "concurrency" -> new ConcurrencyException("version 3 expected, found 4");
            case "stream-creation" -> new AggregateStreamCreationException("aggregate 7 exists");
            case "aggregate-not-found" -> new AggregateNotFoundException("7", "no aggregate 7");
            case "wrapped" -> new CommandExecutionException("wrapped", new Refused("probe.refused", "Wrapped refusal."));
            default -> new IllegalStateException("secret internal detail");
        };
    }

    @PostMapping("/api/counter")
    ResponseEntity<Map<String, Integer>> count(@RequestBody Count body) {
        if (body.by() < 0) {
            throw new Refused("counter.negative", "Counting backwards is refused.");
        }
        int now = counted.addAndGet(body.by());
        return ResponseEntity.created(URI.create("/api/counter/" + now))
                .header("X-Position", Integer.toString(now))
                .header("ETag", "\"" + now + "\"")
                .body(Map.of("count", now));
    }
}
