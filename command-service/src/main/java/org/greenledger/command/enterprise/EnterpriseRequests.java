package org.greenledger.command.enterprise;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.IndustryCode;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.InvalidInput;

/**
 * The bodies the enterprise endpoints accept, as plain text and flags, and their reading into
 * value types. A wrong value is refused naming the request field it came from.
 */
final class EnterpriseRequests {

    private EnterpriseRequests() {
    }

    record Register(String uscc, String name, String divisionCode, String industryCode, Boolean keyEnergyUser) {
    }

    record Profile(String name, String divisionCode, String industryCode, Boolean keyEnergyUser) {
    }

    record EnergyAudit(String auditedOn, String reportReference) {
    }

    /** For both flagging and clearing a dishonesty record. */
    record Dishonesty(String reason, String sourceReference) {
    }

    static Uscc uscc(String raw) {
        return read("uscc", raw, Uscc::of);
    }

    static DivisionCode divisionCode(String raw) {
        return read("divisionCode", raw, DivisionCode::of);
    }

    static IndustryCode industryCode(String raw) {
        return read("industryCode", raw, IndustryCode::of);
    }

    static boolean required(String field, Boolean flag) {
        if (flag == null) {
            throw new InvalidInput("request.missing-field", field, field + " is required (true or false).");
        }
        return flag;
    }

    static LocalDate date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInput("request.missing-field", field, field + " is required, as a date like 2025-06-30.");
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("request.date-format", field, field + " is a date written like 2025-06-30; '" + raw + "' is not.");
        }
    }

    /** Surrounding blanks are never meant; the aggregate judges what remains. */
    static String text(String raw) {
        return raw == null ? null : raw.strip();
    }

    private static <T> T read(String field, String raw, Function<String, T> parse) {
        try {
            return parse.apply(raw);
        } catch (InvalidInput e) {
            throw e.atField(field);
        }
    }
}
