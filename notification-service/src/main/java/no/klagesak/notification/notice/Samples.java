package no.klagesak.notification.notice;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Sample values for a preview of a notice's wording: every value any notice may use, as it looks when it applies. */
public final class Samples {

    private Samples() {}

    public static Map<String, Object> values(String tenantName) {
        return values(tenantName, "nb");
    }

    /** As {@link #values(String)}, with the deadline written as the language writes it. */
    public static Map<String, Object> values(String tenantName, String language) {
        Map<String, Object> values = new HashMap<>();
        values.put("tenantName", tenantName);
        values.put("reference", "FJV-2026-0042");
        values.put("deadline", Languages.date(LocalDate.of(2026, 12, 9), language));
        values.put("handlingTimeDays", 14);
        values.put("followUpUrl", "https://klagesak.example/t/tenant/oppfolging");
        values.put("caseUrl", "https://klagesak.example/saker/eksempel");
        values.put("daysLeft", 3);
        // Staff notices name these two dates as digits (Notifying).
        values.put("waitingSince", "02.11.2026");
        values.put("reviewOn", "15.01.2027");
        values.put("minutes", "Vi ble enige om et fast møte hver uke.");
        values.put("reason", "Vi venter på svar fra NAV.");
        values.put("response", "Du får et fast møte med veilederen hver uke.");
        values.put("partlyUpheld", true);
        values.put("escalationOffered", true);
        values.put("surveyUrl", "https://klagesak.example/t/tenant/undersokelse/eksempel");
        // A reported deviation: its kind (one of six; the sample shows one) and where to read and handle it.
        values.put("deviationDeadline", true);
        values.put("deviationUrl", "https://klagesak.example/avvik/eksempel");
        // The daily digest names its day as digits in every language (DailyDigest).
        values.put("day", "24.11.2026");
        values.put("count", 1);
        values.put(
                "cases",
                List.of(Map.of("reference", "FJV-2026-0042", "caseUrl", "https://klagesak.example/saker/eksempel")));
        // The yearly evaluation's reminder (EvaluationReminder): when it was last held, when it was due, where to
        // record it.
        values.put("lastEvaluatedOn", "24.11.2025");
        values.put("dueOn", "24.11.2026");
        values.put("reviewUrl", "https://klagesak.example/styret/gjennomgang");
        return values;
    }

    /** The names of the values, for the admin page's help. */
    public static List<String> names() {
        var names = new TreeSet<>(values("").keySet());
        // The outcome is one of three; the sample shows one.
        names.addAll(List.of("upheld", "notUpheld", "passed", "whistleblowing"));
        // A reported deviation's kind is one of six, and whether it concerns the managing director.
        names.addAll(List.of(
                "deviationAcknowledgement",
                "deviationLevel",
                "deviationInformation",
                "deviationConfidentiality",
                "deviationOther",
                "concernsDirector",
                "neverEvaluated"));
        return List.copyOf(names);
    }
}
