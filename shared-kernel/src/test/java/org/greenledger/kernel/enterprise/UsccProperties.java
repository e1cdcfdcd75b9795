package org.greenledger.kernel.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.greenledger.kernel.failure.InvalidInput;

class UsccProperties {

    private static final String AUTHORITIES = "123456789ANY";
    /** Characters that are not in the USCC alphabet, among them the five letters it leaves out. */
    private static final String FOREIGN = "IOSVZioaz-*#中";

    @Property
    void every_generated_valid_code_is_accepted(@ForAll("validCodes") String code) {
        assertThat(Uscc.of(code).value()).isEqualTo(code);
    }

    @Property(tries = 2000)
    void every_single_character_change_is_refused_by_the_rule_it_breaks(
            @ForAll("validCodes") String code,
            @ForAll @IntRange(min = 0, max = 17) int position,
            @ForAll("replacements") char replacement) {
        String changed = code.substring(0, position) + replacement + code.substring(position + 1);
        if (changed.equals(code)) {
            return;
        }
        assertThatThrownBy(() -> Uscc.of(changed))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.code()).isEqualTo(expectedRule(changed, position)));
    }

    @Provide
    Arbitrary<String> validCodes() {
        Arbitrary<Character> authority = Arbitraries.of(AUTHORITIES.chars().mapToObj(c -> (char) c).toList());
        Arbitrary<Character> entityType = Arbitraries.chars().range('1', '9');
        Arbitrary<String> division = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<String> body = Arbitraries.strings().withChars(Uscc.ALPHABET.toCharArray()).ofLength(8);
        return Combinators.combine(authority, entityType, division, body).as((a, t, d, b) -> {
            String first17 = "" + a + t + d + b + Uscc.organizationCodeCheck(b);
            return first17 + Uscc.checkCharacter(first17);
        });
    }

    @Provide
    Arbitrary<Character> replacements() {
        return Arbitraries.of((Uscc.ALPHABET + FOREIGN).chars().mapToObj(c -> (char) c).toList());
    }

    /** The first rule, in the order GB 32100 is checked, that a one-character change breaks. */
    private static String expectedRule(String changed, int position) {
        char c = changed.charAt(position);
        if (Uscc.ALPHABET.indexOf(c) < 0) {
            return "uscc.character";
        }
        if (position == 0 && AUTHORITIES.indexOf(c) < 0) {
            return "uscc.registration-authority";
        }
        if (position == 1 && (c < '1' || c > '9')) {
            return "uscc.entity-type";
        }
        if (position >= 2 && position <= 7 && !Character.isDigit(c)) {
            return "uscc.division";
        }
        if (position >= 8 && position <= 16
                && Uscc.organizationCodeCheck(changed.substring(8, 16)) != changed.charAt(16)) {
            return "uscc.organization-code-check";
        }
        return "uscc.check-character";
    }
}
