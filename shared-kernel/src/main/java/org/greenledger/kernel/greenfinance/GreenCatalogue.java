package org.greenledger.kernel.greenfinance;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One published version of the catalogue that says which projects count as green for credit,
 * with the days it is in force. Published data is never edited: a new text is a new version.
 *
 * @param version        our stable name for it, stamped on requests and checks, e.g. {@code GIGC-2019}
 * @param title          the document's title
 * @param issuedBy       the document number or issuer
 * @param effectiveFrom  its first day in force
 * @param effectiveUntil its last day in force, or {@code null} while it is the newest
 * @param categories     category code to title, both levels (e.g. {@code 1} and {@code 1.5})
 */
public record GreenCatalogue(String version, String title, String issuedBy, LocalDate effectiveFrom,
                             LocalDate effectiveUntil, Map<String, String> categories) {

    public GreenCatalogue {
        categories = Map.copyOf(categories);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveUntil == null || !day.isAfter(effectiveUntil));
    }

    public Optional<String> category(String code) {
        return Optional.ofNullable(code == null ? null : categories.get(code));
    }
}
