package no.klagesak.reporting.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The "number and type of complaints" section of a tenant's annual report (årsmelding), ready to paste (routines 000,
 * 001, 003): totals against last year, by track and category with names, and how they were handled.
 */
public record AnnualReport(
        String tenantName, int year, Statistics counts, long previousTotal, HandlingSummary handling) {

    /** One line of the report: what, this year, last year (empty where not compared). */
    public record Line(String section, String what, String thisYear, String lastYear) {}

    public List<Line> lines(Statistics previous) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Totalt", "Klager og varsler mottatt", n(counts.total()), n(previousTotal)));
        counts.byTrack()
                .forEach((track, count) -> lines.add(new Line(
                        "Type",
                        "WHISTLEBLOWING".equals(track) ? "Varsler" : "Klager",
                        n(count),
                        n(previous.byTrack().getOrDefault(track, 0L)))));
        counts.byCategory()
                .forEach((code, count) -> lines.add(new Line(
                        "Hva det gjaldt",
                        counts.categoryNames().getOrDefault(code, code),
                        n(count),
                        n(previous.byCategory().getOrDefault(code, 0L)))));
        lines.add(new Line("Behandling", "Besvart", n(handling.answered()), ""));
        lines.add(new Line("Behandling", "Ikke besvart ved årets slutt eller nå", n(handling.open()), ""));
        lines.add(new Line("Behandling", "Behandlingstid, median (dager)", opt(handling.medianHandlingDays()), ""));
        lines.add(new Line("Behandling", "Behandlingstid, 90. persentil (dager)", opt(handling.p90HandlingDays()), ""));
        lines.add(new Line("Behandling", "Besvart innen fristen (%)", opt(handling.deadlineCompliancePercent()), ""));
        lines.add(new Line("Behandling", "Sendt til ledelsen", n(handling.escalated()), ""));
        lines.add(new Line("Behandling", "Avvik: fristen passert uten begrunnelse", n(handling.deviations()), ""));
        for (Map.Entry<String, Long> outcome : handling.byOutcome().entrySet()) {
            lines.add(new Line("Utfall", outcome(outcome.getKey()), n(outcome.getValue()), ""));
        }
        return lines;
    }

    private static String outcome(String code) {
        return switch (code) {
            case "UPHELD" -> "Medhold";
            case "PARTLY_UPHELD" -> "Delvis medhold";
            case "NOT_UPHELD" -> "Ikke medhold";
            case "WITHDRAWN" -> "Trukket";
            default -> code;
        };
    }

    private static String n(long value) {
        return String.valueOf(value);
    }

    private static String opt(Long value) {
        return value == null ? "–" : String.valueOf(value);
    }
}
