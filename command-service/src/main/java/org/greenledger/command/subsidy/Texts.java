package org.greenledger.command.subsidy;

import java.util.List;
import org.greenledger.command.TextRules;
import org.greenledger.kernel.failure.InvalidInput;

/** The subsidy flow's checks of free text: present, not blank, not too long. */
final class Texts {

    static final int SHORT = 200;
    static final int LONG = 2000;
    static final int MAX_ITEMS = 20;

    private Texts() {
    }

    static void require(String text, String field, int max) {
        TextRules.require("subsidy", text, field, max);
    }

    /** 1 to {@link #MAX_ITEMS} texts, each present and at most {@code max} long. */
    static void requireList(List<String> texts, String field, int max) {
        if (texts == null || texts.isEmpty() || texts.size() > MAX_ITEMS) {
            throw new InvalidInput("subsidy.list-size", field, field + " holds 1-" + MAX_ITEMS + " items.");
        }
        for (int i = 0; i < texts.size(); i++) {
            require(texts.get(i), field + "[" + i + "]", max);
        }
    }
}
