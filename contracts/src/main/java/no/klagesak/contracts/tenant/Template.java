package no.klagesak.contracts.tenant;

import static no.klagesak.contracts.tenant.Routine.ComplainantType.BUYER;
import static no.klagesak.contracts.tenant.Routine.ComplainantType.CUSTOMER;
import static no.klagesak.contracts.tenant.Routine.ComplainantType.EMPLOYEE;
import static no.klagesak.contracts.tenant.Routine.ComplainantType.PARTICIPANT;
import static no.klagesak.contracts.tenant.Routine.ComplainantType.PARTNER;
import static no.klagesak.contracts.tenant.Routine.ComplainantType.RELATIVE;
import static no.klagesak.contracts.tenant.Routine.ComplainantType.REPRESENTATIVE;
import static no.klagesak.contracts.tenant.Routine.SpanUnit.DAYS;
import static no.klagesak.contracts.tenant.Routine.SpanUnit.MONTHS;
import static no.klagesak.contracts.tenant.Routine.SpanUnit.WEEKS;
import static no.klagesak.contracts.tenant.Routine.SpanUnit.WORKING_DAYS;
import static no.klagesak.contracts.tenant.Routine.Track.COMPLAINT;
import static no.klagesak.contracts.tenant.Routine.Track.WHISTLEBLOWING;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import no.klagesak.contracts.tenant.Routine.Category;
import no.klagesak.contracts.tenant.Routine.DefaultReceiver;
import no.klagesak.contracts.tenant.Routine.DirectorNotice;
import no.klagesak.contracts.tenant.Routine.Names;
import no.klagesak.contracts.tenant.Routine.ReceiverKind;
import no.klagesak.contracts.tenant.Routine.Span;
import no.klagesak.contracts.tenant.Routine.TrackDeadlines;

/**
 * The five ways of working of the published routines in {@code shared/domain}, each as settings. Named after the way
 * of working, not the company. Onboarding starts from one; the tenant admin changes what differs.
 */
public enum Template {

    /** Routine 000: lowest level first, written acknowledgement, 14 days, management decides finally. */
    LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL(
            "Lavest mulig nivå, 14 dager, ledelsen avgjør endelig",
            "Lowest level first, 14 days, management decides finally"),
    /** Routine 001: oral or written, anonymous allowed, 2 weeks, discussed with the receiver's superior. */
    ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS(
            "Muntlig eller skriftlig, anonymt tillatt, 2 uker, daglig leder varsles",
            "Oral or written, anonymous allowed, 2 weeks, managing director notified"),
    /** Routine 002: written only, the management meeting decides who handles it, 4 weeks. */
    WRITTEN_MANAGEMENT_MEETING_4_WEEKS(
            "Skriftlig klage, ledermøtet fordeler, svar innen 4 uker",
            "Written only, the management meeting assigns, answer within 4 weeks"),
    /** Routine 003: through the line or to a department leader, written with the complainant's name, 14 days. */
    THROUGH_THE_LINE_NAMED_14_DAYS(
            "Tjenestevei eller avdelingsleder, skriftlig med navn, 14 dager",
            "Through the line or a department leader, written and named, 14 days"),
    /** Routine 004: complaints and whistleblowing in one routine, no anonymous reports, resolved in a meeting. */
    COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS(
            "Klage og varsling i én rutine, ikke anonymt, løses i møte",
            "Complaints and whistleblowing in one routine, not anonymous, resolved in a meeting");

    private final String nameNb;
    private final String nameEn;

    Template(String nameNb, String nameEn) {
        this.nameNb = nameNb;
        this.nameEn = nameEn;
    }

    public String nameNb() {
        return nameNb;
    }

    public String nameEn() {
        return nameEn;
    }

    /**
     * The template's routine for an organisation whose managing director, for a start, is also the default receiver
     * and the receiver of whistleblowing reports; the admin then names the right people.
     */
    public Routine routine(String displayName, String managingDirector) {
        var person = new DefaultReceiver(ReceiverKind.PERSON, managingDirector);
        var whistleblowing = new TrackDeadlines(span(7, DAYS), span(3, MONTHS), List.of(14, 7));
        var presentation =
                new Routine.Presentation(displayName, Routine.Presentation.prefixFor(displayName), List.of(), "", "");
        return switch (this) {
            case LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL ->
                new Routine(
                        new Routine.WhoMayComplain(
                                List.of(PARTICIPANT, EMPLOYEE, REPRESENTATIVE),
                                false,
                                false,
                                false,
                                false,
                                true,
                                false),
                        GENERAL_CATEGORIES,
                        new Routine.Receivers(person, false, List.of()),
                        new Routine.Deadlines(
                                new TrackDeadlines(span(3, WORKING_DAYS), span(14, DAYS), List.of(3)), whistleblowing),
                        new Routine.Notices(DirectorNotice.IMMEDIATE, false, true, true, false),
                        presentation,
                        new Routine.Retention(true, 5, 10));
            case ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS ->
                new Routine(
                        new Routine.WhoMayComplain(
                                List.of(EMPLOYEE, PARTICIPANT, PARTNER, CUSTOMER),
                                true,
                                false,
                                false,
                                false,
                                false,
                                false),
                        GENERAL_CATEGORIES,
                        new Routine.Receivers(person, false, List.of()),
                        new Routine.Deadlines(
                                new TrackDeadlines(span(3, WORKING_DAYS), span(2, WEEKS), List.of(3)), whistleblowing),
                        new Routine.Notices(DirectorNotice.IMMEDIATE, true, false, false, false),
                        presentation,
                        new Routine.Retention(false, 5, 10));
            case WRITTEN_MANAGEMENT_MEETING_4_WEEKS ->
                new Routine(
                        new Routine.WhoMayComplain(
                                List.of(PARTICIPANT, CUSTOMER, BUYER, PARTNER, RELATIVE),
                                false,
                                false,
                                true,
                                true,
                                false,
                                false),
                        GENERAL_CATEGORIES,
                        new Routine.Receivers(
                                new DefaultReceiver(ReceiverKind.MANAGEMENT_MEETING, ""), false, List.of()),
                        new Routine.Deadlines(
                                new TrackDeadlines(span(5, WORKING_DAYS), span(4, WEEKS), List.of(7, 2)),
                                whistleblowing),
                        new Routine.Notices(DirectorNotice.DAILY_DIGEST, false, false, false, true),
                        presentation,
                        new Routine.Retention(false, 5, 10));
            case THROUGH_THE_LINE_NAMED_14_DAYS ->
                new Routine(
                        new Routine.WhoMayComplain(
                                List.of(PARTICIPANT, EMPLOYEE, CUSTOMER), false, true, false, true, false, true),
                        GENERAL_CATEGORIES,
                        new Routine.Receivers(person, true, List.of()),
                        new Routine.Deadlines(
                                new TrackDeadlines(span(3, WORKING_DAYS), span(14, DAYS), List.of(3)), whistleblowing),
                        new Routine.Notices(DirectorNotice.IMMEDIATE, false, false, false, false),
                        presentation,
                        new Routine.Retention(false, 5, 10));
            case COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS ->
                new Routine(
                        new Routine.WhoMayComplain(List.of(PARTICIPANT), false, true, true, false, false, false),
                        GROUNDS_OF_004,
                        new Routine.Receivers(person, false, List.of(managingDirector)),
                        new Routine.Deadlines(
                                new TrackDeadlines(span(3, WORKING_DAYS), span(14, DAYS), List.of(3)), whistleblowing),
                        new Routine.Notices(DirectorNotice.IMMEDIATE, false, true, true, true, true, true),
                        presentation,
                        new Routine.Retention(false, 5, 10));
        };
    }

    private static Span span(int amount, Routine.SpanUnit unit) {
        return new Span(amount, unit);
    }

    private static Category complaint(String code, String nb, String nn, String en) {
        return new Category(code, new Names(nb, nn, en), COMPLAINT, false);
    }

    private static Category whistleblowing(String code, String nb, String nn, String en) {
        return new Category(code, new Names(nb, nn, en), WHISTLEBLOWING, false);
    }

    /**
     * The categories' names in the extra languages and their easy-read names, by list, code and language ({@code
     * general.FOLLOW_UP.uk}, {@code general.FOLLOW_UP.easy.nb}). Kept in a file of their own so that a translator can
     * read and correct them.
     */
    private static final Properties MORE_NAMES = load("category-names.properties");

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (var in = Template.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the jar");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The categories of a list with their names in every language the file has, and their easy-read names. */
    private static List<Category> named(String list, List<Category> categories) {
        return categories.stream()
                .map(c -> {
                    String prefix = list + "." + c.code() + ".";
                    Names names = more(c.names(), prefix);
                    String easyNb = MORE_NAMES.getProperty(prefix + "easy.nb");
                    Names easy = easyNb == null
                            ? null
                            : more(
                                    new Names(
                                            easyNb,
                                            MORE_NAMES.getProperty(prefix + "easy.nn", easyNb),
                                            MORE_NAMES.getProperty(
                                                    prefix + "easy.en",
                                                    c.names().en())),
                                    prefix + "easy.");
                    return new Category(c.code(), names, c.track(), c.retired(), easy);
                })
                .toList();
    }

    private static Names more(Names names, String prefix) {
        Names result = names;
        for (String language : EXTRA_LANGUAGES) {
            String name = MORE_NAMES.getProperty(prefix + language);
            if (name != null) result = result.with(language, name);
        }
        return result;
    }

    /** The languages beyond Bokmål, Nynorsk and English the templates name their categories in. */
    public static final List<String> EXTRA_LANGUAGES = List.of("uk", "ar", "so", "pl");

    /** What routines 000, 001 and 003 name as things to complain about. */
    public static final List<Category> GENERAL_CATEGORIES = named(
            "general",
            List.of(
                    complaint(
                            "FOLLOW_UP",
                            "Oppfølging og veiledning",
                            "Oppfølging og rettleiing",
                            "Follow-up and guidance"),
                    complaint("ADAPTATION", "Tilrettelegging", "Tilrettelegging", "Adaptation of work and programme"),
                    complaint("TRAINING", "Opplæring", "Opplæring", "Training"),
                    complaint(
                            "WORK_ENVIRONMENT",
                            "Arbeidsmiljø og utstyr",
                            "Arbeidsmiljø og utstyr",
                            "Working environment"),
                    complaint(
                            "PROCEDURES",
                            "Retningslinjer og rutiner blir ikke fulgt",
                            "Retningslinjer og rutinar vert ikkje følgde",
                            "Guidelines and procedures not followed"),
                    complaint("LEADERSHIP", "Ledere", "Leiarar", "Leaders"),
                    complaint(
                            "SERVICE_DELIVERY",
                            "Tjenesteleveranse og produkter",
                            "Tenesteleveranse og produkt",
                            "Services and products delivered"),
                    complaint("OTHER", "Annet", "Anna", "Other")));

    /** The grounds routine 004 lists, each on the track its kind of matter belongs to (arbeidsmiljøloven 2 A). */
    public static final List<Category> GROUNDS_OF_004 = named(
            "grounds-004",
            List.of(
                    whistleblowing(
                            "CONFIDENTIALITY_BREACH",
                            "Brudd på taushetsplikt",
                            "Brot på teieplikt",
                            "Breach of confidentiality"),
                    whistleblowing(
                            "ETHICS_BREACH",
                            "Brudd på regler og etiske normer",
                            "Brot på reglar og etiske normer",
                            "Breach of rules and ethical norms"),
                    whistleblowing(
                            "HARASSMENT",
                            "Mobbing, trakassering, diskriminering, vold",
                            "Mobbing, trakassering, diskriminering, vald",
                            "Bullying, harassment, discrimination, violence"),
                    whistleblowing("SUBSTANCE_ABUSE", "Rusmisbruk", "Rusmisbruk", "Substance abuse"),
                    complaint(
                            "WORK_ENVIRONMENT",
                            "Dårlig arbeidsmiljø",
                            "Dårleg arbeidsmiljø",
                            "Poor working environment"),
                    whistleblowing(
                            "DANGER_TO_LIFE_AND_HEALTH",
                            "Fare for liv og helse",
                            "Fare for liv og helse",
                            "Danger to life and health"),
                    whistleblowing("THEFT", "Tyveri", "Tjuveri", "Theft"),
                    complaint(
                            "TRAINING_AND_GUIDANCE",
                            "Mangelfull opplæring eller veiledning, uenighet med veileder",
                            "Manglande opplæring eller rettleiing, usemje med rettleiar",
                            "Inadequate training or guidance, disagreement with the counsellor"),
                    complaint(
                            "ACTION_PLAN_NOT_FOLLOWED",
                            "Handlingsplanen blir ikke fulgt opp",
                            "Handlingsplanen vert ikkje følgd opp",
                            "Action plan not followed up"),
                    complaint(
                            "REPORT_TO_NAV",
                            "Uenig i veileders rapport til NAV",
                            "Usamd i rettleiaren sin rapport til NAV",
                            "Disagreement with the counsellor's report to NAV"),
                    complaint(
                            "BENEFITS_IN_PROGRAMME",
                            "Uenig om ytelse i tiltaket",
                            "Usamd om yting i tiltaket",
                            "Disagreement about benefits in the programme")));
}
