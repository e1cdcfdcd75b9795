package org.greenledger.command.subsidy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.greenledger.contracts.subsidy.AffiliationDeclared;
import org.greenledger.contracts.subsidy.DeclareAffiliation;
import org.greenledger.contracts.subsidy.ExpertRegistered;
import org.greenledger.contracts.subsidy.RegisterExpert;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.subsidy.ExpertId;

/**
 * An external reviewer on the roster, with the enterprises they declared ties with: an
 * assignment to one of those enterprises' applications is refused as a conflict of interest.
 */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "snapshotTriggerDefinition")
class Expert {

    static final int MAX_AFFILIATIONS = 20;

    @AggregateIdentifier
    private String stream;
    private ExpertId id;
    private Set<Uscc> affiliations = new HashSet<>();

    protected Expert() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    ExpertId handle(RegisterExpert cmd, Clock clock) {
        if (id != null) {
            throw new IllegalTransition("subsidy.expert-already-registered", "Expert " + cmd.expertId()
                    + " is already on the roster; declare further affiliations instead.");
        }
        Texts.require(cmd.name(), "name", Texts.SHORT);
        List<Uscc> declared = cmd.affiliations() == null ? List.of() : cmd.affiliations();
        if (declared.size() > MAX_AFFILIATIONS || declared.stream().distinct().count() != declared.size()) {
            throw new InvalidInput("subsidy.affiliations", "affiliations", "affiliations lists at most " + MAX_AFFILIATIONS
                    + " different enterprises.");
        }
        apply(new ExpertRegistered(cmd.expertId(), cmd.name(), declared, clock.instant()));
        return cmd.expertId();
    }

    @CommandHandler
    void handle(DeclareAffiliation cmd, Clock clock) {
        if (cmd.enterprise() == null) {
            throw new InvalidInput("subsidy.value-missing", "uscc", "uscc is required.");
        }
        if (affiliations.contains(cmd.enterprise())) {
            throw new IllegalTransition("subsidy.affiliation-known", "Expert " + id + " has declared ties with "
                    + cmd.enterprise() + " already.");
        }
        if (affiliations.size() >= MAX_AFFILIATIONS) {
            throw new IllegalTransition("subsidy.affiliations", "Expert " + id + " has " + MAX_AFFILIATIONS
                    + " affiliations on record, the most there can be.");
        }
        apply(new AffiliationDeclared(id, cmd.enterprise(), clock.instant()));
    }

    @EventSourcingHandler
    void on(ExpertRegistered e) {
        id = e.expertId();
        stream = e.expertId().streamId();
        affiliations.addAll(e.affiliations());
    }

    @EventSourcingHandler
    void on(AffiliationDeclared e) {
        affiliations.add(e.enterprise());
    }
}
