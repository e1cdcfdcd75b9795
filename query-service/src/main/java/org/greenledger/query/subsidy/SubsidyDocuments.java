package org.greenledger.query.subsidy;

import org.greenledger.query.JsonRecords;

/**
 * How the subsidy read models are stored: per programme and per application one document whose
 * {@link JsonRecords#RECORD} is the whole answer, beside the plain fields the lists filter and sort
 * on, and the {@code position} of the last event it reflects.
 */
final class SubsidyDocuments {

    static final String PROGRAMMES = "subsidy_programmes";
    static final String APPLICATIONS = "subsidy_applications";
    static final String ID = "_id";
    static final String POSITION = "position";
    static final String YEAR = "year";
    static final String APPLICANT = "applicant";
    static final String PROGRAMME = "programmeId";
    static final String STATUS = "status";
    static final String EXPERTS = "experts";
    static final String DRAFTED_AT = "draftedAt";

    private SubsidyDocuments() {
    }
}
