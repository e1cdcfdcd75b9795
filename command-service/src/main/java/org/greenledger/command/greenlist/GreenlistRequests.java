package org.greenledger.command.greenlist;

import static org.greenledger.command.RequestFields.read;

import java.math.BigDecimal;
import java.util.List;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.greenlist.BatchName;
import org.greenledger.kernel.greenlist.CubicMetres;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.ListedUnit;
import org.greenledger.kernel.greenlist.Percent;
import org.greenledger.kernel.greenlist.Score;

/**
 * The bodies the green-list endpoints accept, as plain text, numbers and dates, and their reading
 * into value types. A wrong value is refused naming the request field it came from.
 */
final class GreenlistRequests {

    private GreenlistRequests() {
    }

    /** The unit's fields: product name and model for a product, park name and area for a park, none else. */
    record Nomination(String category, String level, String batch, String uscc, String productName,
                      String productModel, String parkName, BigDecimal parkAreaKm2) {
    }

    record Evaluation(BigDecimal score, String evaluator, String reportReference) {
    }

    record Listing(String effectiveFrom, String decisionReference) {
    }

    record Declination(List<String> reasons) {
    }

    record Declaration(Integer year, BigDecimal energyUseTce, BigDecimal outputValueYuan, BigDecimal waterM3,
                       BigDecimal solidWasteUtilisationPercent) {
    }

    record MissedDeclaration(Integer year) {
    }

    /** {@code outcome} PASSED needs {@code reference}; RECTIFICATION_REQUIRED needs {@code findings} and {@code deadline}. */
    record Review(String outcome, String reviewedOn, String reference, String findings, String deadline) {
    }

    record RectificationCheck(String confirmedOn, String reference) {
    }

    record Removal(String reason, String explanation, String effectiveFrom, String decisionReference) {
    }

    record Upgrade(String effectiveFrom, String decisionReference) {
    }

    record Correction(String correctedFrom, String reason) {
    }

    static EntryId entryId(String raw) {
        return read("entryId", raw, EntryId::of);
    }

    static Uscc uscc(String raw) {
        return read("uscc", raw, Uscc::of);
    }

    static BatchName batch(String raw) {
        return read("batch", raw, BatchName::of);
    }

    /** The unit the category calls for; parts of another kind of unit are refused, not ignored. */
    static ListedUnit unit(ListCategory category, Nomination body) {
        return switch (category.unitKind()) {
            case ENTERPRISE -> {
                refuseExtra("productName", body.productName(), category);
                refuseExtra("productModel", body.productModel(), category);
                refuseExtra("parkName", body.parkName(), category);
                refuseExtra("parkAreaKm2", body.parkAreaKm2(), category);
                yield ListedUnit.enterprise();
            }
            case PRODUCT -> {
                refuseExtra("parkName", body.parkName(), category);
                refuseExtra("parkAreaKm2", body.parkAreaKm2(), category);
                yield ListedUnit.product(body.productName(), body.productModel());
            }
            case PARK -> {
                refuseExtra("productName", body.productName(), category);
                refuseExtra("productModel", body.productModel(), category);
                if (body.parkAreaKm2() == null) {
                    throw new InvalidInput("request.missing-field", "parkAreaKm2", "A park's area in km² is required.");
                }
                yield ListedUnit.park(body.parkName(), body.parkAreaKm2());
            }
        };
    }

    static Score score(BigDecimal raw) {
        return read("score", raw, Score::new);
    }

    static CubicMetres cubicMetres(String field, BigDecimal raw) {
        return read(field, raw, CubicMetres::new);
    }

    static Percent percent(String field, BigDecimal raw) {
        return read(field, raw, Percent::new);
    }

    static int year(Integer raw) {
        if (raw == null) {
            throw new InvalidInput("request.missing-field", "year", "year is required, e.g. 2025.");
        }
        return raw;
    }

    private static void refuseExtra(String field, Object value, ListCategory category) {
        if (value != null) {
            throw new InvalidInput("greenlist.unit-extra-part", field, "A " + category + " entry names a unit of kind "
                    + category.unitKind() + ", which has no " + field + ".");
        }
    }
}
