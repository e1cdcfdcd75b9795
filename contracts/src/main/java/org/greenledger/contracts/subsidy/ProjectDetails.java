package org.greenledger.contracts.subsidy;

import java.util.List;
import java.util.Locale;
import org.greenledger.kernel.quantity.Co2Tonnes;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.quantity.Tce;
import org.greenledger.kernel.subsidy.ProjectCategory;

/**
 * The project an application is for, as the enterprise describes it.
 *
 * @param name               the project's name; with the applicant it identifies the project
 * @param description        what it does
 * @param eligibleInvestment the investment that counts for the subsidy
 * @param annualSaving       expected energy saving, tce per year
 * @param co2Reduction       expected CO2 reduction, tonnes per year
 * @param category           its kind
 * @param documents          references of the documents filed with it
 */
public record ProjectDetails(
        String name, String description, Money eligibleInvestment, Tce annualSaving, Co2Tonnes co2Reduction,
        ProjectCategory category, List<String> documents) {

    public ProjectDetails {
        documents = documents == null ? null : List.copyOf(documents);
    }

    /** The project's identity within its applicant: its name, case and spacing aside. */
    public String key() {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
