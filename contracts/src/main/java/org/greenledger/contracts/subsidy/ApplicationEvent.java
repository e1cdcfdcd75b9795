package org.greenledger.contracts.subsidy;

import org.greenledger.kernel.subsidy.ApplicationId;

/** What happened to a subsidy application; every event names the application. */
public sealed interface ApplicationEvent
        permits ApplicationDrafted, DraftEdited, ApplicationSubmitted, ApplicationResubmitted, ApplicationWithdrawn,
        ApplicationReturned, ApplicationAccepted, ApplicationFoundIneligible, ExpertsAssigned, ApplicationScored,
        ApplicationApproved, ApplicationRejected, PublicNoticeOpened, ObjectionRaised, ApplicationGranted,
        TrancheDisbursed, AcceptancePassed, AcceptanceFailed, ClawbackDecided, FundsRecovered, ApplicationClosed,
        FlaggedForListingReview, ClawbackReviewOpened, LoanNamed {

    ApplicationId applicationId();
}
