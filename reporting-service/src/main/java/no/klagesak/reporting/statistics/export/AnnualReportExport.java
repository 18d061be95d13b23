package no.klagesak.reporting.statistics.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import no.klagesak.reporting.statistics.AnnualReport;
import no.klagesak.reporting.statistics.Rollup;
import no.klagesak.reporting.statistics.Rollups;
import no.klagesak.reporting.statistics.SmallCounts;
import org.springframework.stereotype.Component;

/**
 * The annual report's section on complaints (årsmelding) as a file, from the rollups: the numbers (step 1), the
 * charts (step 2), the file (step 3). Each step is reported, so a page can show how far it has come.
 */
@Component
public class AnnualReportExport {

    public static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "csv", "text/csv;charset=UTF-8");

    private static final Locale NB = Locale.forLanguageTag("nb");

    private final Rollups rollups;
    private final TenantNames names;

    AnnualReportExport(Rollups rollups, TenantNames names) {
        this.rollups = rollups;
        this.names = names;
    }

    /** @param progress told each step done, 1 to 3 */
    public byte[] make(String tenantId, int year, String format, IntConsumer progress) {
        if (!TYPES.containsKey(format)) throw new IllegalArgumentException("format is csv, xlsx or pdf");
        Map<String, String> categories = names.categories(tenantId);
        List<Rollup> thisYearMonths = rollups.in(tenantId, year);
        List<Rollup> lastYearMonths = rollups.in(tenantId, year - 1);
        Rollup thisYear = Rollup.year(tenantId, year, thisYearMonths);
        Rollup lastYear = Rollup.year(tenantId, year - 1, lastYearMonths);
        var counted = thisYear.publicCounts(year);
        var previous = lastYear.publicCounts(year - 1);
        var report = new AnnualReport(
                names.displayName(tenantId), year, counted, previous, categories, thisYear.handling(year));
        var lines = report.lines();
        String title = "Antall og type klager og varsler i " + year + ", " + report.tenantName();
        progress.accept(1);

        // The report is published: a chart shows only what the table shows exactly (no count under five, and no month
        // by month, whose sum would give a total the table shows as a range).
        List<AnnualReportPdf.Chart> charts = new ArrayList<>();
        if ("pdf".equals(format)) {
            List<AnnualReportPdf.Bar> byCategory = new ArrayList<>();
            Set<String> codes =
                    new LinkedHashSet<>(counted.complaintsByCategory().keySet());
            codes.addAll(previous.complaintsByCategory().keySet());
            for (String code : codes) {
                long now = counted.complaintsByCategory().getOrDefault(code, 0L);
                long before = previous.complaintsByCategory().getOrDefault(code, 0L);
                if (!SmallCounts.shown(now).equals(String.valueOf(now))
                        || !SmallCounts.shown(before).equals(String.valueOf(before))) {
                    continue;
                }
                byCategory.add(new AnnualReportPdf.Bar(categories.getOrDefault(code, code), now, before));
            }
            byCategory.sort((a, b) -> Long.compare(b.value(), a.value()));
            if (!byCategory.isEmpty()) charts.add(new AnnualReportPdf.Chart("Hva klagene gjaldt", byCategory));
        }
        progress.accept(2);

        byte[] file = switch (format) {
            case "csv" -> AnnualReportFiles.csv(title, lines, year);
            case "xlsx" -> AnnualReportFiles.xlsx(title, lines, year);
            default -> AnnualReportPdf.of(title, lines, year, charts);
        };
        progress.accept(3);
        return file;
    }
}
