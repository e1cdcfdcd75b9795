package org.greenledger.kernel.enterprise;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenledger.kernel.failure.InvalidInput;

/**
 * An administrative division code of GB/T 2260: six digits, the first two naming the province
 * (11 北京 … 82 澳门). Inside Shanghai (31) only the city itself and its sixteen current districts
 * are accepted, so a typo in the city this system serves is caught at the door.
 *
 * @param value the six digits
 */
public record DivisionCode(String value) {

    /** Province-level codes of GB/T 2260. */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");

    private static final String SHANGHAI = "310000";

    /** Shanghai's sixteen districts since the 2016 reorganisation (崇明 became a district). */
    private static final Map<String, String> SHANGHAI_DISTRICTS = Map.ofEntries(
            Map.entry("310101", "黄浦区"), Map.entry("310104", "徐汇区"), Map.entry("310105", "长宁区"),
            Map.entry("310106", "静安区"), Map.entry("310107", "普陀区"), Map.entry("310109", "虹口区"),
            Map.entry("310110", "杨浦区"), Map.entry("310112", "闵行区"), Map.entry("310113", "宝山区"),
            Map.entry("310114", "嘉定区"), Map.entry("310115", "浦东新区"), Map.entry("310116", "金山区"),
            Map.entry("310117", "松江区"), Map.entry("310118", "青浦区"), Map.entry("310120", "奉贤区"),
            Map.entry("310151", "崇明区"));

    public DivisionCode {
        value = check(value);
    }

    public static DivisionCode of(String value) {
        return new DivisionCode(value);
    }

    /**
     * True for Shanghai itself (310000) and its districts. Not named {@code isShanghai}: Jackson
     * would write a bean-style name into every event as a property it cannot read back.
     */
    public boolean inShanghai() {
        return value.startsWith("31");
    }

    /** The district's name for a Shanghai district, e.g. 宝山区 for 310113; empty elsewhere. */
    public Optional<String> districtName() {
        return Optional.ofNullable(SHANGHAI_DISTRICTS.get(value));
    }

    @Override
    public String toString() {
        return value;
    }

    private static String check(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInput("division.missing", "An administrative division code (GB/T 2260) is required.");
        }
        String code = raw.strip();
        if (code.length() != 6 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidInput("division.format",
                    "An administrative division code (GB/T 2260) is six digits, e.g. 310113; '" + code + "' is not.");
        }
        if (!PROVINCES.contains(code.substring(0, 2))) {
            throw new InvalidInput("division.province", "The first two digits of a GB/T 2260 code name a province (11-82);"
                    + " '" + code.substring(0, 2) + "' names none.");
        }
        if (code.startsWith("31") && !code.equals(SHANGHAI) && !SHANGHAI_DISTRICTS.containsKey(code)) {
            throw new InvalidInput("division.shanghai-district", "'" + code + "' is not one of Shanghai's 16 districts"
                    + " (310101 黄浦区 … 310151 崇明区) nor the city code 310000.");
        }
        return code;
    }
}
