package no.klagesak.reporting.statistics;

import java.util.Map;

/**
 * What a tenant may publish on its website (routine 000: the number and type of complaints): complaints by category,
 * and of the whistleblowing track nothing but a total. Every count below {@value SmallCounts#SMALL} is shown as "<5",
 * and then the complaints' total only as a range ({@link SmallCounts}), so no one can be recognised from the numbers
 * or work a small count out by subtraction.
 */
public record PublicCounts(int year, Map<String, Long> complaintsByCategory, long whistleblowing) {

    /** The complaints by category as published, with their total. */
    public SmallCounts.Published complaints() {
        return SmallCounts.publish(complaintsByCategory);
    }

    /** The whistleblowing reports' total as published. */
    public String whistleblowingShown() {
        return SmallCounts.shown(whistleblowing);
    }
}
