package org.greenledger.command.subsidy;

import java.time.Clock;
import java.util.Optional;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.ProgrammeId;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Loads the programme through Axon's repository in the caller's unit of work: it stays locked
 * until that unit of work ends, and what {@link #reserve} appends is committed in the same
 * document as the application's own events (the event store stores a unit of work as one commit).
 * Callers lock their application first and the programme second, always in that order.
 */
class RepositoryProgrammes implements Programmes {

    private final ObjectProvider<Repository<Programme>> repository;
    private final Clock clock;

    RepositoryProgrammes(ObjectProvider<Repository<Programme>> repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public Optional<ProgrammeTerms> find(ProgrammeId id) {
        try {
            return Optional.of(repository.getObject().load(id.value()).invoke(Programme::terms));
        } catch (AggregateNotFoundException unknown) {
            return Optional.empty();
        }
    }

    @Override
    public void reserve(ProgrammeId id, ApplicationId application, Money amount) {
        repository.getObject().load(id.value()).execute(programme -> programme.reserve(application, amount, clock));
    }

    @Override
    public void release(ProgrammeId id, ApplicationId application) {
        repository.getObject().load(id.value()).execute(programme -> programme.release(application, clock));
    }

    @Override
    public void grant(ProgrammeId id, ApplicationId application) {
        repository.getObject().load(id.value()).execute(programme -> programme.grant(application, clock));
    }

    @Override
    public void reduceGrant(ProgrammeId id, ApplicationId application, Money amount, String why) {
        repository.getObject().load(id.value()).execute(programme -> programme.reduceGrant(application, amount, why, clock));
    }
}
