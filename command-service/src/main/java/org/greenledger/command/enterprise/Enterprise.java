package org.greenledger.command.enterprise;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.greenledger.command.TextRules;
import org.greenledger.contracts.enterprise.ChangeProfile;
import org.greenledger.contracts.enterprise.ClearDishonesty;
import org.greenledger.contracts.enterprise.DishonestyCleared;
import org.greenledger.contracts.enterprise.DishonestyFlagged;
import org.greenledger.contracts.enterprise.EnergyAuditRecorded;
import org.greenledger.contracts.enterprise.EnterpriseRegistered;
import org.greenledger.contracts.enterprise.FlagDishonesty;
import org.greenledger.contracts.enterprise.ProfileChanged;
import org.greenledger.contracts.enterprise.RecordEnergyAudit;
import org.greenledger.contracts.enterprise.RegisterEnterprise;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.IndustryCode;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.kernel.failure.InvalidInput;

/** An enterprise in the city's registry, one per USCC. Its snapshots are its fields as JSON. */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "snapshotTriggerDefinition")
class Enterprise {

    static final int NAME_MAX = 200;
    static final int REFERENCE_MAX = 200;
    static final int REASON_MAX = 1000;

    @AggregateIdentifier
    private Uscc uscc;
    private String name;
    private DivisionCode divisionCode;
    private IndustryCode industryCode;
    private boolean keyEnergyUser;
    private boolean dishonest;
    private Set<String> auditReports = new HashSet<>();

    protected Enterprise() {
    }

    /**
     * Registration creates the aggregate if missing, so a second registration meets the first
     * one's state and is refused here with a clear answer instead of at the store.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Uscc handle(RegisterEnterprise cmd, Clock clock) {
        if (uscc != null) {
            throw new IllegalTransition("enterprise.already-registered",
                    "Enterprise " + cmd.uscc() + " is already registered; change its profile instead.");
        }
        requireText(cmd.name(), "name", NAME_MAX);
        apply(new EnterpriseRegistered(cmd.uscc(), cmd.name(), cmd.divisionCode(), cmd.industryCode(),
                cmd.keyEnergyUser(), clock.instant()));
        return cmd.uscc();
    }

    /** Answers whether the profile changed; an identical profile is no change and records nothing. */
    @CommandHandler
    boolean handle(ChangeProfile cmd, Clock clock) {
        requireText(cmd.name(), "name", NAME_MAX);
        if (cmd.name().equals(name) && cmd.divisionCode().equals(divisionCode)
                && cmd.industryCode().equals(industryCode) && cmd.keyEnergyUser() == keyEnergyUser) {
            return false;
        }
        apply(new ProfileChanged(uscc, cmd.name(), cmd.divisionCode(), cmd.industryCode(), cmd.keyEnergyUser(),
                clock.instant()));
        return true;
    }

    @CommandHandler
    void handle(RecordEnergyAudit cmd, Clock clock) {
        requireText(cmd.reportReference(), "reportReference", REFERENCE_MAX);
        if (cmd.auditedOn() == null) {
            throw new InvalidInput("enterprise.audit-date-missing", "auditedOn", "The date of the energy audit is required.");
        }
        LocalDate today = LocalDate.now(clock);
        if (cmd.auditedOn().isAfter(today)) {
            throw new InvalidInput("enterprise.audit-date-in-future", "auditedOn",
                    "An energy audit cannot be dated " + cmd.auditedOn() + ", after today (" + today + ").");
        }
        if (auditReports.contains(cmd.reportReference())) {
            throw new IllegalTransition("enterprise.audit-already-recorded",
                    "Energy audit report " + cmd.reportReference() + " is already recorded for " + uscc + ".");
        }
        apply(new EnergyAuditRecorded(uscc, cmd.auditedOn(), cmd.reportReference(), clock.instant()));
    }

    @CommandHandler
    void handle(FlagDishonesty cmd, Clock clock) {
        requireText(cmd.reason(), "reason", REASON_MAX);
        requireText(cmd.sourceReference(), "sourceReference", REFERENCE_MAX);
        if (dishonest) {
            throw new IllegalTransition("enterprise.already-flagged",
                    "Enterprise " + uscc + " is already on the dishonesty list; clear it before flagging it again.");
        }
        apply(new DishonestyFlagged(uscc, cmd.reason(), cmd.sourceReference(), clock.instant()));
    }

    @CommandHandler
    void handle(ClearDishonesty cmd, Clock clock) {
        requireText(cmd.reason(), "reason", REASON_MAX);
        requireText(cmd.sourceReference(), "sourceReference", REFERENCE_MAX);
        if (!dishonest) {
            throw new IllegalTransition("enterprise.not-flagged",
                    "Enterprise " + uscc + " is not on the dishonesty list; there is nothing to clear.");
        }
        apply(new DishonestyCleared(uscc, cmd.reason(), cmd.sourceReference(), clock.instant()));
    }

    @EventSourcingHandler
    void on(EnterpriseRegistered e) {
        uscc = e.uscc();
        name = e.name();
        divisionCode = e.divisionCode();
        industryCode = e.industryCode();
        keyEnergyUser = e.keyEnergyUser();
    }

    @EventSourcingHandler
    void on(ProfileChanged e) {
        name = e.name();
        divisionCode = e.divisionCode();
        industryCode = e.industryCode();
        keyEnergyUser = e.keyEnergyUser();
    }

    @EventSourcingHandler
    void on(EnergyAuditRecorded e) {
        auditReports.add(e.reportReference());
    }

    @EventSourcingHandler
    void on(DishonestyFlagged e) {
        dishonest = true;
    }

    @EventSourcingHandler
    void on(DishonestyCleared e) {
        dishonest = false;
    }

    private static void requireText(String text, String field, int max) {
        TextRules.require("enterprise", text, field, max);
    }
}
