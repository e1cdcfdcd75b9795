package org.greenledger.query.subsidy;

import static org.greenledger.query.subsidy.SubsidyDocuments.APPLICANT;
import static org.greenledger.query.subsidy.SubsidyDocuments.DRAFTED_AT;
import static org.greenledger.query.subsidy.SubsidyDocuments.EXPERTS;
import static org.greenledger.query.subsidy.SubsidyDocuments.ID;
import static org.greenledger.query.subsidy.SubsidyDocuments.PROGRAMME;
import static org.greenledger.query.subsidy.SubsidyDocuments.STATUS;
import static org.greenledger.query.subsidy.SubsidyDocuments.YEAR;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.greenledger.contracts.subsidy.ApplicationPage;
import org.greenledger.contracts.subsidy.ApplicationRecord;
import org.greenledger.contracts.subsidy.ApplicationSummary;
import org.greenledger.contracts.subsidy.DecisionRecord;
import org.greenledger.contracts.subsidy.FindApplication;
import org.greenledger.contracts.subsidy.FindDecision;
import org.greenledger.contracts.subsidy.FindProgramme;
import org.greenledger.contracts.subsidy.ListApplications;
import org.greenledger.contracts.subsidy.ListProgrammes;
import org.greenledger.contracts.subsidy.ProgrammeLedger;
import org.greenledger.contracts.subsidy.ProgrammePage;
import org.greenledger.query.JsonRecords;

/** Answers the subsidy flow's questions from its read models, by {@code _id} or by plain filters. */
class SubsidyQueries {

    private final MongoCollection<Document> programmes;
    private final MongoCollection<Document> applications;

    SubsidyQueries(MongoCollection<Document> programmes, MongoCollection<Document> applications) {
        this.programmes = programmes;
        this.applications = applications;
    }

    /** The ledger, or {@code null} when there is no such programme. */
    @QueryHandler
    ProgrammeLedger handle(FindProgramme query) {
        Document document = programmes.find(new Document(ID, query.programmeId().value())).first();
        return document == null ? null : JsonRecords.read(document, ProgrammeLedger.class);
    }

    @QueryHandler
    ProgrammePage handle(ListProgrammes query) {
        List<ProgrammeLedger> items = new ArrayList<>();
        programmes.find().sort(new Document(YEAR, -1).append(ID, 1)).skip(query.page() * query.size()).limit(query.size())
                .forEach(document -> items.add(JsonRecords.read(document, ProgrammeLedger.class)));
        return new ProgrammePage(items, query.page(), query.size(), programmes.countDocuments());
    }

    /** The application, or {@code null} when there is none. */
    @QueryHandler
    ApplicationRecord handle(FindApplication query) {
        Document document = applications.find(new Document(ID, query.applicationId().value())).first();
        return document == null ? null : JsonRecords.read(document, ApplicationRecord.class);
    }

    /** The decision, or {@code null} when there is no such application or no decision yet. */
    @QueryHandler
    DecisionRecord handle(FindDecision query) {
        ApplicationRecord record = handle(new FindApplication(query.applicationId()));
        return record == null ? null : record.decision();
    }

    @QueryHandler
    ApplicationPage handle(ListApplications query) {
        Document filter = new Document();
        if (query.applicant() != null) {
            filter.append(APPLICANT, query.applicant().value());
        }
        if (query.programme() != null) {
            filter.append(PROGRAMME, query.programme().value());
        }
        if (query.status() != null) {
            filter.append(STATUS, query.status().name());
        }
        if (query.expert() != null) {
            filter.append(EXPERTS, query.expert().value());
        }
        List<ApplicationSummary> items = new ArrayList<>();
        applications.find(filter).sort(new Document(DRAFTED_AT, 1).append(ID, 1)).skip(query.page() * query.size())
                .limit(query.size())
                .forEach(document -> items.add(JsonRecords.read(document, ApplicationRecord.class).summary()));
        return new ApplicationPage(items, query.page(), query.size(), applications.countDocuments(filter));
    }
}
