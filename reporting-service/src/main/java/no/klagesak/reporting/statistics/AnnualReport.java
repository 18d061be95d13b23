package no.klagesak.reporting.statistics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The "number and type of complaints" section of a tenant's annual report (årsmelding), ready to paste (routines 000,
 * 001, 003): totals against last year, by type and by what the complaints concerned, and how they were handled.
 *
 * <p>The annual report is published with the annual accounts, so it is shown as every published figure is ({@link
 * SmallCounts}): a count under five is "&lt;5", a total beside one is the range the other figures give, the
 * whistleblowing reports only as a total (never by category), and the answered and open cases, the outcomes, and the
 * share answered in time are not given where a small count could be worked out from them ("–").
 *
 * @param categoryNames each category code's name in the tenant's routine now
 */
public record AnnualReport(
        String tenantName,
        int year,
        PublicCounts thisYear,
        PublicCounts lastYear,
        Map<String, String> categoryNames,
        HandlingSummary handling) {

    /** What a figure withheld so that no small count can be worked out shows. */
    public static final String WITHHELD = "–";

    /** One line of the report: what, this year, last year (empty where not compared). */
    public record Line(String section, String what, String thisYear, String lastYear) {}

    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        var complaints = thisYear.complaints();
        var previous = lastYear.complaints();
        String total = SmallCounts.plus(complaints.total(), thisYear.whistleblowingShown());
        lines.add(new Line(
                "Totalt",
                "Klager og varsler mottatt",
                total,
                SmallCounts.plus(previous.total(), lastYear.whistleblowingShown())));
        lines.add(new Line("Type", "Klager", complaints.total(), previous.total()));
        lines.add(new Line("Type", "Varsler", thisYear.whistleblowingShown(), lastYear.whistleblowingShown()));
        Set<String> codes = new LinkedHashSet<>(complaints.cells().keySet());
        codes.addAll(previous.cells().keySet());
        for (String code : codes) {
            lines.add(new Line(
                    "Hva klagene gjaldt",
                    categoryNames.getOrDefault(code, code),
                    complaints.cells().getOrDefault(code, "0"),
                    previous.cells().getOrDefault(code, "0")));
        }
        var outcomes = SmallCounts.publish(handling.byOutcome());
        var answeredOpen = SmallCounts.publish(Map.of("answered", handling.answered(), "open", handling.open()));
        // Answered and open add up to the total, and the outcomes to the answered: counted only where all are exact.
        boolean counted = !total.contains("–") && answeredOpen.exactTotal() && outcomes.exactTotal();
        lines.add(new Line("Behandling", "Besvart", counted ? String.valueOf(handling.answered()) : WITHHELD, ""));
        lines.add(new Line(
                "Behandling",
                "Ikke besvart ved årets slutt eller nå",
                counted ? String.valueOf(handling.open()) : WITHHELD,
                ""));
        // Times and shares of a handful of cases tell of single cases; a share of exact counts gives a count.
        boolean enough = handling.answered() >= SmallCounts.SMALL;
        lines.add(new Line(
                "Behandling",
                "Behandlingstid, median (dager)",
                enough ? opt(handling.medianHandlingDays()) : WITHHELD,
                ""));
        lines.add(new Line(
                "Behandling",
                "Behandlingstid, 90. persentil (dager)",
                enough ? opt(handling.p90HandlingDays()) : WITHHELD,
                ""));
        lines.add(new Line("Behandling", "Besvart innen fristen (%)", shareShown(handling, counted && enough), ""));
        lines.add(new Line("Behandling", "Sendt til ledelsen", SmallCounts.shown(handling.escalated()), ""));
        lines.add(new Line(
                "Behandling", "Avvik: fristen passert uten begrunnelse", SmallCounts.shown(handling.deviations()), ""));
        // The outcomes add up to the answered, and with the total to the open: shown only where those are counted.
        outcomes.cells()
                .forEach((code, shown) -> lines.add(new Line("Utfall", outcome(code), counted ? shown : WITHHELD, "")));
        return lines;
    }

    /** The share answered in time, only where neither those in time nor those late are under five. */
    private static String shareShown(HandlingSummary handling, boolean counted) {
        Long percent = handling.deadlineCompliancePercent();
        if (percent == null) return "–";
        long inTime = Math.round(handling.answered() * percent / 100.0);
        long late = handling.answered() - inTime;
        boolean small = (inTime > 0 && inTime < SmallCounts.SMALL) || (late > 0 && late < SmallCounts.SMALL);
        return counted && !small ? String.valueOf(percent) : WITHHELD;
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

    private static String opt(Long value) {
        return value == null ? "–" : String.valueOf(value);
    }
}
