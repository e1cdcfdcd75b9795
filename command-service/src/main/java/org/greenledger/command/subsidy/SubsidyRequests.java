package org.greenledger.command.subsidy;

import static org.greenledger.command.RequestFields.choice;
import static org.greenledger.command.RequestFields.read;
import static org.greenledger.command.RequestFields.text;
import static org.greenledger.command.RequestFields.texts;
import static org.greenledger.command.RequestFields.yuan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenledger.contracts.subsidy.ProjectDetails;
import org.greenledger.contracts.subsidy.ReviewScore;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.Percent;
import org.greenledger.kernel.quantity.Co2Tonnes;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.quantity.Tce;
import org.greenledger.kernel.subsidy.AmountRules;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.EligibilityRules;
import org.greenledger.kernel.subsidy.ExpertId;
import org.greenledger.kernel.subsidy.InterestBasis;
import org.greenledger.kernel.subsidy.InterestRules;
import org.greenledger.kernel.subsidy.ProgrammeId;
import org.greenledger.kernel.subsidy.ProjectCategory;
import org.greenledger.kernel.subsidy.Tranche;
import org.greenledger.kernel.subsidy.TrancheRelease;

/**
 * The bodies the subsidy endpoints accept, as plain text, numbers and dates, and their reading
 * into value types. Money is in yuan with at most two decimals, energy in tce, shares in percent.
 * A wrong value is refused naming the request field it came from.
 */
final class SubsidyRequests {

    /** The kernel's names of amount parameters, and the request fields they come from. */
    private static final Map<String, String> AMOUNT_FIELDS = Map.of("ratePerTce", "ratePerTceYuan",
            "investmentShare", "investmentSharePercent", "capPerProject", "capPerProjectYuan", "amounts", "amounts");

    private SubsidyRequests() {
    }

    record Opening(Integer year, String direction, String title, String opensOn, String closesOn, BigDecimal budgetYuan,
                   List<TrancheBody> tranches, Integer noticeDays, EligibilityBody eligibility, AmountsBody amounts,
                   InterestBody interest) {
    }

    record TrancheBody(BigDecimal sharePercent, String release) {
    }

    /** Absent switches are off; absent categories mean any category. */
    record EligibilityBody(Boolean greenListRequired, List<String> greenListCategories, Integer energyAuditWithinYears,
                           Boolean twoHighExcluded) {
    }

    record AmountsBody(BigDecimal ratePerTceYuan, BigDecimal investmentSharePercent, BigDecimal capPerProjectYuan) {
    }

    /** An interest-subsidy (贴息) rule: basis SHARE_OF_INTEREST with sharePercent, or RATE_REDUCTION with reductionPoints. */
    record InterestBody(String basis, BigDecimal sharePercent, BigDecimal reductionPoints) {
    }

    record RuleChange(EligibilityBody eligibility, AmountsBody amounts, InterestBody interest, String reason) {
    }

    record BudgetChange(BigDecimal budgetYuan, String reason) {
    }

    /** A draft may leave everything but the name open until it is submitted. */
    record Project(String programmeId, String name, String description, BigDecimal eligibleInvestmentYuan,
                   BigDecimal annualSavingTce, BigDecimal co2ReductionTonnes, String category, List<String> documents) {
    }

    record LoanChoice(String creditRequestId) {
    }

    record Reason(String reason) {
    }

    record MissingItems(List<String> missingItems) {
    }

    record Experts(List<String> experts) {
    }

    record Review(List<ScoreBody> scores, String comment) {
    }

    record ScoreBody(String criterion, Integer points) {
    }

    record Approval(BigDecimal amountYuan, String reductionReason, List<String> reasons) {
    }

    record Rejection(List<String> reasons) {
    }

    record Disbursement(Integer tranche, String paymentReference) {
    }

    record AcceptanceCheck(BigDecimal verifiedSavingTce, Boolean passed, String reportReference) {
    }

    record Clawback(String reason, BigDecimal amountYuan, String explanation) {
    }

    record Recovery(BigDecimal amountYuan, String paymentReference) {
    }

    record Registration(String expertId, String name, List<String> affiliations) {
    }

    record Affiliation(String uscc) {
    }

    static ProgrammeId programmeId(String raw) {
        return read("programmeId", raw, ProgrammeId::of);
    }

    static ApplicationId applicationId(String raw) {
        return read("applicationId", raw, ApplicationId::of);
    }

    static ExpertId expertId(String field, String raw) {
        return read(field, raw, ExpertId::of);
    }

    static Uscc uscc(String field, String raw) {
        return read(field, raw, Uscc::of);
    }

    static int number(String field, Integer raw) {
        if (raw == null) {
            throw new InvalidInput("request.missing-field", field, field + " is required.");
        }
        return raw;
    }

    static boolean flag(String field, Boolean raw) {
        if (raw == null) {
            throw new InvalidInput("request.missing-field", field, field + " is required, true or false.");
        }
        return raw;
    }

    static Money optionalYuan(String field, BigDecimal raw) {
        return raw == null ? null : yuan(field, raw);
    }

    static List<Tranche> tranches(List<TrancheBody> raw) {
        if (raw == null) {
            return null;
        }
        List<Tranche> tranches = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            TrancheBody body = raw.get(i);
            String at = "tranches[" + i + "]";
            if (body == null) {
                throw new InvalidInput("request.missing-field", at, at + " is required.");
            }
            Percent share = read(at + ".sharePercent", body.sharePercent(), Percent::new);
            TrancheRelease release = choice(at + ".release", body.release(), TrancheRelease.class);
            tranches.add(read(at + ".sharePercent", share, s -> new Tranche(s, release)));
        }
        return tranches;
    }

    static EligibilityRules eligibility(EligibilityBody raw) {
        if (raw == null) {
            throw new InvalidInput("request.missing-field", "eligibility", "eligibility is required (an empty object "
                    + "sets no eligibility switch).");
        }
        Set<ListCategory> categories = EnumSet.noneOf(ListCategory.class);
        if (raw.greenListCategories() != null) {
            for (int i = 0; i < raw.greenListCategories().size(); i++) {
                categories.add(choice("eligibility.greenListCategories[" + i + "]", raw.greenListCategories().get(i),
                        ListCategory.class));
            }
        }
        try {
            return new EligibilityRules(Boolean.TRUE.equals(raw.greenListRequired()), categories,
                    raw.energyAuditWithinYears(), Boolean.TRUE.equals(raw.twoHighExcluded()));
        } catch (InvalidInput e) {
            throw e.atField("eligibility." + e.field());
        }
    }

    /** Absent for every programme but an interest subsidy's. */
    static InterestRules interest(InterestBody raw) {
        if (raw == null) {
            return null;
        }
        InterestBasis basis = choice("interest.basis", raw.basis(), InterestBasis.class);
        Percent share = raw.sharePercent() == null ? null
                : read("interest.sharePercent", raw.sharePercent(), Percent::new);
        try {
            return new InterestRules(basis, share, raw.reductionPoints());
        } catch (InvalidInput e) {
            throw e.atField(e.field().equals("interest.shareOfInterest") ? "interest.sharePercent" : e.field());
        }
    }

    static AmountRules amounts(AmountsBody raw) {
        if (raw == null) {
            throw new InvalidInput("request.missing-field", "amounts", "amounts is required, with at least one of "
                    + "ratePerTceYuan, investmentSharePercent and capPerProjectYuan.");
        }
        Money rate = optionalYuan("amounts.ratePerTceYuan", raw.ratePerTceYuan());
        Percent share = raw.investmentSharePercent() == null ? null
                : read("amounts.investmentSharePercent", raw.investmentSharePercent(), Percent::new);
        Money cap = optionalYuan("amounts.capPerProjectYuan", raw.capPerProjectYuan());
        try {
            return new AmountRules(rate, share, cap);
        } catch (InvalidInput e) {
            String field = AMOUNT_FIELDS.getOrDefault(e.field(), e.field());
            throw e.atField(field.equals("amounts") ? field : "amounts." + field);
        }
    }

    static ProjectDetails project(Project raw) {
        if (raw.documents() != null) {
            for (int i = 0; i < raw.documents().size(); i++) {
                if (raw.documents().get(i) == null) {
                    throw new InvalidInput("request.missing-field", "documents[" + i + "]", "documents[" + i + "] is required.");
                }
            }
        }
        return new ProjectDetails(text(raw.name()), text(raw.description()),
                raw.eligibleInvestmentYuan() == null ? null : yuan("eligibleInvestmentYuan", raw.eligibleInvestmentYuan()),
                raw.annualSavingTce() == null ? null : read("annualSavingTce", raw.annualSavingTce(), Tce::new),
                raw.co2ReductionTonnes() == null ? null : read("co2ReductionTonnes", raw.co2ReductionTonnes(), Co2Tonnes::new),
                raw.category() == null ? null : choice("category", raw.category(), ProjectCategory.class),
                texts(raw.documents()));
    }

    static List<ExpertId> experts(List<String> raw) {
        if (raw == null) {
            throw new InvalidInput("request.missing-field", "experts", "experts is required.");
        }
        List<ExpertId> experts = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            experts.add(expertId("experts[" + i + "]", raw.get(i)));
        }
        return experts;
    }

    static List<ReviewScore> scores(List<ScoreBody> raw) {
        if (raw == null) {
            throw new InvalidInput("request.missing-field", "scores", "scores is required.");
        }
        List<ReviewScore> scores = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            ScoreBody body = raw.get(i);
            String at = "scores[" + i + "]";
            if (body == null) {
                throw new InvalidInput("request.missing-field", at, at + " is required.");
            }
            scores.add(new ReviewScore(text(body.criterion()), number(at + ".points", body.points())));
        }
        return scores;
    }

    static List<Uscc> usccs(String field, List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        List<Uscc> usccs = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            usccs.add(uscc(field + "[" + i + "]", raw.get(i)));
        }
        return usccs;
    }
}
