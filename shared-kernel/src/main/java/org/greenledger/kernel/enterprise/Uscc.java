package org.greenledger.kernel.enterprise;

import java.util.Set;
import org.greenledger.kernel.failure.InvalidInput;

/**
 * Unified Social Credit Code (统一社会信用代码), GB 32100-2015. Construction validates the whole
 * code and says which rule a wrong one breaks. {@link #toString()} is the raw code, because Axon
 * routes commands by it.
 */
public record Uscc(String value) {

    /** GB 32100 code characters, in value order: no I, O, S, V, Z. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANIZATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    /** Registration authorities of GB 32100 table 1 (机构编制 … 其他). */
    private static final Set<Character> AUTHORITIES =
            Set.of('1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'N', 'Y');

    public Uscc {
        value = check(value);
    }

    public static Uscc of(String value) {
        return new Uscc(value);
    }

    /** The six-digit administrative division (GB/T 2260) at positions 3-8. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String check(String raw) {
        if (raw == null || raw.isBlank()) {
            throw invalid("uscc.missing", "A USCC is required.");
        }
        String code = raw.strip();
        if (code.length() != 18) {
            throw invalid("uscc.length", "A USCC has 18 characters; '" + code + "' has " + code.length() + ".");
        }
        for (int i = 0; i < 18; i++) {
            char c = code.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                throw invalid("uscc.character", "Character " + (i + 1) + " of the USCC is '" + c
                        + "'; only digits and the capitals " + ALPHABET.substring(10) + " (no I, O, S, V, Z) are used.");
            }
        }
        if (!AUTHORITIES.contains(code.charAt(0))) {
            throw invalid("uscc.registration-authority", "Character 1 of the USCC is the registration authority; '"
                    + code.charAt(0) + "' is none of 1-9, A, N, Y.");
        }
        if (code.charAt(1) == '0' || !Character.isDigit(code.charAt(1))) {
            throw invalid("uscc.entity-type", "Character 2 of the USCC is the entity type, a digit 1-9; it is '"
                    + code.charAt(1) + "'.");
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                throw invalid("uscc.division", "Characters 3-8 of the USCC are the administrative division, six digits; '"
                        + code.substring(2, 8) + "' is not.");
            }
        }
        char expectedOrganizationCheck = organizationCodeCheck(code.substring(8, 16));
        if (code.charAt(16) != expectedOrganizationCheck) {
            throw invalid("uscc.organization-code-check", "Characters 9-17 of the USCC are a GB 11714 organization code whose"
                    + " check character should be '" + expectedOrganizationCheck + "', not '" + code.charAt(16) + "'.");
        }
        char expectedCheck = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expectedCheck) {
            throw invalid("uscc.check-character", "Character 18 of the USCC is its check character and should be '"
                    + expectedCheck + "', not '" + code.charAt(17) + "'.");
        }
        return code;
    }

    /** GB 32100 check character over the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * USCC_WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** GB 11714 check character over an organization code's 8 body characters. */
    public static char organizationCodeCheck(String body8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += gb11714Value(body8.charAt(i)) * ORGANIZATION_CODE_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 11 ? '0' : check == 10 ? 'X' : (char) ('0' + check);
    }

    private static int gb11714Value(char c) {
        return Character.isDigit(c) ? c - '0' : c - 'A' + 10;
    }

    private static InvalidInput invalid(String code, String detail) {
        return new InvalidInput(code, detail);
    }
}
