package org.greenledger.kernel.greenlist;

import java.math.BigDecimal;
import org.greenledger.kernel.failure.InvalidInput;

/**
 * What a list entry names. For {@link UnitKind#ENTERPRISE} nothing beyond the nominated
 * enterprise; a {@link UnitKind#PRODUCT} has a name and a model; a {@link UnitKind#PARK} has a name
 * and an area in km². Fields a kind does not have are {@code null}. A wrong part is refused naming
 * the request field it is read from ({@code productName}, {@code productModel}, {@code parkName},
 * {@code parkAreaKm2}).
 *
 * @param kind    what the unit is
 * @param name    the product's or park's name, 1-200 characters; null for an enterprise
 * @param model   the product's model (型号), 1-100 characters; null otherwise
 * @param areaKm2 the park's area in km², above 0 and at most 10,000, three decimals; null otherwise
 */
public record ListedUnit(UnitKind kind, String name, String model, BigDecimal areaKm2) {

    static final int NAME_MAX = 200;
    static final int MODEL_MAX = 100;
    private static final BigDecimal AREA_MAX = BigDecimal.valueOf(10_000);

    public ListedUnit {
        if (kind == null) {
            throw new InvalidInput("unit.kind-missing", "A listed unit needs its kind.");
        }
        switch (kind) {
            case ENTERPRISE -> {
                if (name != null || model != null || areaKm2 != null) {
                    throw new InvalidInput("unit.extra-part", "An enterprise is listed as itself: no name, model or area.");
                }
            }
            case PRODUCT -> {
                name = text(name, "productName", "A product's name", NAME_MAX);
                model = text(model, "productModel", "A product's model", MODEL_MAX);
                if (areaKm2 != null) {
                    throw new InvalidInput("unit.extra-part", "parkAreaKm2", "A product has no area.");
                }
            }
            case PARK -> {
                name = text(name, "parkName", "A park's name", NAME_MAX);
                if (model != null) {
                    throw new InvalidInput("unit.extra-part", "productModel", "A park has no model.");
                }
                try {
                    areaKm2 = Decimals.check(areaKm2, "unit.area", "A park's area in km²", 3, BigDecimal.ZERO, AREA_MAX, true);
                } catch (InvalidInput e) {
                    throw e.atField("parkAreaKm2");
                }
            }
        }
    }

    public static ListedUnit enterprise() {
        return new ListedUnit(UnitKind.ENTERPRISE, null, null, null);
    }

    public static ListedUnit product(String name, String model) {
        return new ListedUnit(UnitKind.PRODUCT, name, model, null);
    }

    public static ListedUnit park(String name, BigDecimal areaKm2) {
        return new ListedUnit(UnitKind.PARK, name, null, areaKm2);
    }

    /** What makes two nominations name the same unit: its kind, name and model, not its area. */
    String identity() {
        return kind + "|" + (name == null ? "" : name) + "|" + (model == null ? "" : model);
    }

    private static String text(String raw, String field, String what, int max) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInput("unit.text-missing", field, what + " is required and may not be blank.");
        }
        String text = raw.strip();
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            throw new InvalidInput("unit.text-too-long", field, what + " has at most " + max
                    + " characters; this one has " + length + ".");
        }
        return text;
    }
}
