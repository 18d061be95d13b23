package no.klagesak.reporting.statistics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a tenant may publish on its website (routine 000: the number and type of complaints): complaints by category,
 * and of the whistleblowing track nothing but a total. Every count below {@value #SMALL} is shown as "<5", so no one
 * can be recognised from the numbers.
 */
public record PublicCounts(int year, Map<String, Long> complaintsByCategory, long whistleblowing) {

    public static final int SMALL = 5;

    /** A count as published: the number, or "<5". */
    public static String shown(long count) {
        return count > 0 && count < SMALL ? "<" + SMALL : String.valueOf(count);
    }

    public long complaints() {
        return complaintsByCategory.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Each category's count as published, with the tenant's name for it. */
    public Map<String, String> shownByCategory(Map<String, String> names) {
        Map<String, String> shown = new LinkedHashMap<>();
        complaintsByCategory.forEach((code, count) -> shown.put(names.getOrDefault(code, code), shown(count)));
        return shown;
    }
}
