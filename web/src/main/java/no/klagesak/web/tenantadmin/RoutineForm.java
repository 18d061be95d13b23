package no.klagesak.web.tenantadmin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.Routine.Category;
import no.klagesak.contracts.tenant.Routine.Span;
import no.klagesak.contracts.tenant.Routine.SpanUnit;
import no.klagesak.contracts.tenant.Routine.TrackDeadlines;
import no.klagesak.web.LanguageConfiguration;
import no.klagesak.web.services.TenantServiceClient.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The routine page's form, read into a whole routine. A field that cannot be read (a number that is not one) is a
 * problem named by its field; the tenant service checks the rest.
 */
final class RoutineForm {

    private final MultiValueMap<String, String> form;
    private final List<Problem> problems = new ArrayList<>();

    private RoutineForm(MultiValueMap<String, String> form) {
        this.form = form;
    }

    record Read(Routine routine, List<String> agreedWith, List<Problem> problems) {}

    static Read read(MultiValueMap<String, String> form, Routine current) {
        return new RoutineForm(form).read(current);
    }

    private Read read(Routine current) {
        var who = new Routine.WhoMayComplain(
                list("complainantTypes").stream()
                        .map(Routine.ComplainantType::valueOf)
                        .toList(),
                checked("anonymousAllowed"),
                checked("nameRequired"),
                checked("contactRequired"),
                checked("writtenOnly"),
                checked("desiredChangeRequired"),
                checked("suggestionsInvited"));
        List<Category> categories = new ArrayList<>();
        for (Category category : current.categories()) {
            String code = category.code();
            categories.add(new Category(
                    code,
                    otherLanguages(category.names(), "names." + code),
                    category.track(),
                    checked("retired." + code),
                    easyNames(category, "easy." + code)));
        }
        String newCode = text("newCategory.code");
        if (!newCode.isEmpty()) {
            categories.add(new Category(
                    newCode,
                    otherLanguages(
                            new Routine.Names(text("newCategory.nb"), text("newCategory.nn"), text("newCategory.en")),
                            "newCategory"),
                    Routine.Track.valueOf(
                            text("newCategory.track").isEmpty() ? "COMPLAINT" : text("newCategory.track")),
                    false));
        }
        var kind = Routine.ReceiverKind.valueOf(text("defaultReceiver.kind"));
        String ref = switch (kind) {
            case PERSON -> text("defaultReceiver.person");
            case UNIT_LEADER -> text("defaultReceiver.unit");
            case MANAGEMENT_MEETING -> "";
        };
        var receivers = new Routine.Receivers(
                new Routine.DefaultReceiver(kind, ref),
                checked("complainantMayChooseReceiver"),
                list("whistleblowingReceivers"),
                text("reporterIdentity").isEmpty()
                        ? Routine.ReporterIdentity.INVESTIGATORS
                        : Routine.ReporterIdentity.valueOf(text("reporterIdentity")),
                text("alternativeReceiver").isEmpty() ? null : text("alternativeReceiver"));
        var deadlines = new Routine.Deadlines(
                deadlines("complaint"),
                deadlines("whistleblowing"),
                commaList("whistleblowerCheckInDays").stream()
                        .map(days -> parse("whistleblowerCheckInDays", days))
                        .toList());
        var notices = new Routine.Notices(
                Routine.DirectorNotice.valueOf(text("directorNotice")),
                checked("writtenComplaintsToReceiversSuperior"),
                checked("escalationOffered"),
                checked("escalationFinal"),
                checked("navCaseworkerOffered"),
                checked("satisfactionSurvey"),
                checked("leavingSurvey"));
        var presentation = new Routine.Presentation(
                text("displayName"),
                text("referencePrefix").toUpperCase(Locale.ROOT),
                commaList("extraLanguages"),
                text("logoUrl"),
                text("contactText"),
                // The notices' wording is edited on its own page and kept as it is here.
                current.presentation().noticeWording());
        var retention = new Routine.Retention(
                checked("publicStatistics"),
                number("retention.complaintYears"),
                number("retention.whistleblowingYears"));
        var routine = new Routine(who, categories, receivers, deadlines, notices, presentation, retention);
        return new Read(routine, commaList("agreedWith"), problems);
    }

    /**
     * The names in the extra languages the form has fields for ({@code prefix.uk} …): a filled field names the category
     * in that language, an emptied one takes the name away (the page then shows Bokmål). Languages without a field on
     * the page keep what they had.
     */
    private Routine.Names otherLanguages(Routine.Names names, String prefix) {
        Map<String, String> more = new TreeMap<>(names.more());
        for (String language : LanguageConfiguration.EXTRA_LANGUAGES.keySet()) {
            if (!form.containsKey(prefix + "." + language)) continue;
            String name = text(prefix + "." + language);
            if (name.isEmpty()) more.remove(language);
            else more.put(language, name);
        }
        return new Routine.Names(names.nb(), names.nn(), names.en(), more);
    }

    /**
     * The easy-read names ({@code easy.CODE.nb} …). Where the page has no such fields the category keeps the ones it had;
     * where all are emptied it has none, and the easy-read form shows the ordinary name.
     */
    private Routine.@Nullable Names easyNames(Category category, String prefix) {
        if (!form.containsKey(prefix + ".nb")) return category.easy();
        Routine.Names names = category.names();
        String nb = text(prefix + ".nb");
        String nn = text(prefix + ".nn");
        String en = text(prefix + ".en");
        Routine.Names easy = otherLanguages(
                new Routine.Names(
                        nb.isEmpty() ? names.nb() : nb, nn.isEmpty() ? names.nn() : nn, en.isEmpty() ? names.en() : en),
                prefix);
        boolean none =
                nb.isEmpty() && nn.isEmpty() && en.isEmpty() && easy.more().isEmpty();
        return none ? null : easy;
    }

    private TrackDeadlines deadlines(String track) {
        return new TrackDeadlines(
                new Span(number(track + ".acknowledgement.amount"), unit(track + ".acknowledgement.unit")),
                new Span(number(track + ".handling.amount"), unit(track + ".handling.unit")),
                commaList(track + ".remindDaysBefore").stream()
                        .map(days -> parse(track + ".remindDaysBefore", days))
                        .toList());
    }

    private SpanUnit unit(String field) {
        return SpanUnit.valueOf(text(field));
    }

    private int number(String field) {
        return parse(field, text(field));
    }

    private int parse(String field, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "not-a-number", "«" + value + "» er ikke et helt tall (" + field + ")."));
            return 0;
        }
    }

    private boolean checked(String field) {
        return form.containsKey(field);
    }

    private String text(String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value.strip();
    }

    private List<String> list(String field) {
        List<String> values = form.get(field);
        return values == null
                ? List.of()
                : values.stream().filter(v -> !v.isBlank()).toList();
    }

    private List<String> commaList(String field) {
        return Arrays.stream(text(field).split(","))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }
}
