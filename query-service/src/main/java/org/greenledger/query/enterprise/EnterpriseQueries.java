package org.greenledger.query.enterprise;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.greenledger.contracts.enterprise.EnterprisePage;
import org.greenledger.contracts.enterprise.EnterpriseProfile;
import org.greenledger.contracts.enterprise.FindEnterprise;
import org.greenledger.contracts.enterprise.ListEnterprises;

/** Answers the registry's questions from the {@code enterprises} read model. */
class EnterpriseQueries {

    private static final String REGEX_SPECIALS = "\\.^$|?*+()[]{}";

    private final MongoCollection<Document> enterprises;

    EnterpriseQueries(MongoCollection<Document> enterprises) {
        this.enterprises = enterprises;
    }

    /** The profile, or {@code null} when no such enterprise is registered. */
    @QueryHandler
    EnterpriseProfile handle(FindEnterprise query) {
        Document document = enterprises.find(new Document(EnterpriseDocuments.ID, query.uscc().value())).first();
        return document == null ? null : EnterpriseDocuments.toProfile(document);
    }

    @QueryHandler
    EnterprisePage handle(ListEnterprises query) {
        Document filter = new Document();
        if (query.namePrefix() != null && !query.namePrefix().isEmpty()) {
            filter.append("name", new Document("$regex", "^" + literal(query.namePrefix())));
        }
        if (query.divisionCode() != null) {
            filter.append("divisionCode", query.divisionCode().value());
        }
        if (query.keyEnergyUser() != null) {
            filter.append("keyEnergyUser", query.keyEnergyUser());
        }
        List<EnterpriseProfile> items = new ArrayList<>();
        enterprises.find(filter)
                .sort(new Document(EnterpriseDocuments.ID, 1))
                .skip(query.page() * query.size())
                .limit(query.size())
                .forEach(document -> items.add(EnterpriseDocuments.toProfile(document)));
        return new EnterprisePage(items, query.page(), query.size(), enterprises.countDocuments(filter));
    }

    private static String literal(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        text.chars().forEach(c -> {
            if (REGEX_SPECIALS.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append((char) c);
        });
        return escaped.toString();
    }
}
