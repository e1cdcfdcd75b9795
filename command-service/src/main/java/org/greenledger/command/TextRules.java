package org.greenledger.command;

import org.greenledger.kernel.failure.InvalidInput;

/** The rule every aggregate applies to free text: present, not blank, not too long (in code points). */
public final class TextRules {

    private TextRules() {
    }

    /**
     * Refuses {@code <feature>.text-missing} or {@code <feature>.text-too-long}, naming the field.
     *
     * @param feature the prefix of the failure codes, e.g. {@code subsidy}
     */
    public static void require(String feature, String text, String field, int max) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(feature + ".text-missing", field, field + " is required and may not be blank.");
        }
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            throw new InvalidInput(feature + ".text-too-long", field,
                    field + " has at most " + max + " characters; this one has " + length + ".");
        }
    }
}
