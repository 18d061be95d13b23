package no.klagesak.web.tenantadmin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of a notice under Norwegian names on the wording page ({@code {{saksnummer}}}, {@code {{#varsel}}}), so
 * an admin writes in their own words; the stored wording keeps the names the notification service fills in ({@code
 * {{reference}}}). A name not listed passes through as written.
 */
final class Placeholders {

    private static final Map<String, String> NORWEGIAN = Map.ofEntries(
            Map.entry("reference", "saksnummer"),
            Map.entry("whistleblowing", "varsel"),
            Map.entry("tenantName", "virksomhet"),
            Map.entry("caseUrl", "lenke_til_saken"),
            Map.entry("deadline", "frist"),
            Map.entry("followUpUrl", "lenke_til_oppfolging"),
            Map.entry("upheld", "medhold"),
            Map.entry("partlyUpheld", "delvis_medhold"),
            Map.entry("notUpheld", "ikke_medhold"),
            Map.entry("passed", "fristen_er_passert"),
            Map.entry("answered", "besvart"),
            Map.entry("reason", "begrunnelse"),
            Map.entry("minutes", "referat"),
            Map.entry("response", "svar"),
            Map.entry("letter", "brev"),
            Map.entry("escalationOffered", "kan_be_ledelsen"),
            Map.entry("day", "dag"),
            Map.entry("count", "antall"),
            Map.entry("cases", "saker"),
            Map.entry("waitingSince", "venter_siden"),
            Map.entry("surveyUrl", "lenke_til_undersokelse"),
            Map.entry("reviewOn", "vurderes_dato"),
            Map.entry("daysLeft", "dager_igjen"),
            Map.entry("handlingTimeDays", "behandlingstid_dager"));

    private static final Map<String, String> BACK = new HashMap<>();

    static {
        NORWEGIAN.forEach((code, norwegian) -> BACK.put(norwegian, code));
    }

    /** A Mustache tag: {{name}}, {{#name}}, {{^name}} or {{/name}}. */
    private static final Pattern TAG = Pattern.compile("\\{\\{([#^/]?)\\s*([\\p{L}_][\\p{L}\\p{N}_]*)\\s*}}");

    private Placeholders() {}

    /** The wording as the admin reads it. */
    static String toNorwegian(String template) {
        return rename(template, NORWEGIAN);
    }

    /** The wording as it is stored and filled in. */
    static String fromNorwegian(String template) {
        return rename(template, BACK);
    }

    /** The names of values the admin may use, as they write them. */
    static List<String> names(List<String> values) {
        return values.stream().map(v -> NORWEGIAN.getOrDefault(v, v)).toList();
    }

    private static String rename(String template, Map<String, String> names) {
        Matcher tag = TAG.matcher(template);
        StringBuilder out = new StringBuilder();
        while (tag.find()) {
            String name = names.getOrDefault(tag.group(2), tag.group(2));
            tag.appendReplacement(out, Matcher.quoteReplacement("{{" + tag.group(1) + name + "}}"));
        }
        tag.appendTail(out);
        return out.toString();
    }
}
