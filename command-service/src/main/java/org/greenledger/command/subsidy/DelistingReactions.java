package org.greenledger.command.subsidy;

import static org.axonframework.modelling.saga.SagaLifecycle.associateWith;
import static org.axonframework.modelling.saga.SagaLifecycle.removeAssociationWith;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.greenledger.contracts.enterprise.EnterpriseRegistered;
import org.greenledger.contracts.greenlist.EntryNominated;
import org.greenledger.contracts.greenlist.EntryRemoved;
import org.greenledger.contracts.subsidy.ApplicationFoundIneligible;
import org.greenledger.contracts.subsidy.ApplicationRejected;
import org.greenledger.contracts.subsidy.ApplicationSubmitted;
import org.greenledger.contracts.subsidy.ApplicationWithdrawn;
import org.greenledger.contracts.subsidy.ReviewDelisting;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The subsidy flow's reaction when an enterprise leaves the green list (issue 7): one process per
 * enterprise, from its registration on, that knows its entries and its open applications, and on a
 * removal asks each of its applications to review it (a fully paid one too: a removal for cause
 * can still bring a clawback) ({@link ReviewDelisting}); the application decides
 * whether its programme depends on the listing. Commands sent here carry the removal as their
 * causation, so each reaction traces back to it. Sending the same review twice is harmless, which
 * is what makes a replay of this process safe.
 */
@Saga
public class DelistingReactions {

    private final Map<String, ListCategory> entries = new HashMap<>();
    private final Set<String> applications = new LinkedHashSet<>();

    @Autowired
    private transient CommandGateway commands;

    @StartSaga
    @SagaEventHandler(associationProperty = "uscc")
    void on(EnterpriseRegistered e) {
        // the association with the USCC is made by starting on it
    }

    @SagaEventHandler(associationProperty = "enterprise", keyName = "uscc")
    void on(EntryNominated e) {
        entries.put(e.entryId().value(), e.category());
        associateWith("entryId", e.entryId().value());
    }

    @SagaEventHandler(associationProperty = "applicant", keyName = "uscc")
    void on(ApplicationSubmitted e) {
        applications.add(e.applicationId().value());
        associateWith("applicationId", e.applicationId().value());
    }

    @SagaEventHandler(associationProperty = "applicationId")
    void on(ApplicationWithdrawn e) {
        ended(e.applicationId());
    }

    @SagaEventHandler(associationProperty = "applicationId")
    void on(ApplicationFoundIneligible e) {
        ended(e.applicationId());
    }

    @SagaEventHandler(associationProperty = "applicationId")
    void on(ApplicationRejected e) {
        ended(e.applicationId());
    }

    @SagaEventHandler(associationProperty = "entryId")
    void on(EntryRemoved e) {
        ListCategory category = entries.get(e.entryId().value());
        for (String application : applications) {
            commands.sendAndWait(new ReviewDelisting(ApplicationId.of(application), e.entryId(), category, e.reason(),
                    e.effectiveFrom()));
        }
    }

    private void ended(ApplicationId application) {
        applications.remove(application.value());
        removeAssociationWith("applicationId", application.value());
    }
}
