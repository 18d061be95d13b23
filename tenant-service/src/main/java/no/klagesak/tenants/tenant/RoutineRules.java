package no.klagesak.tenants.tenant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.Routine.Category;
import no.klagesak.contracts.tenant.Routine.TrackDeadlines;

/**
 * The combinations a routine may not have. Each problem names the field, so the admin sees where to look; a routine
 * with problems is not stored.
 */
public final class RoutineRules {

    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,59}$");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}$");
    private static final Pattern PREFIX = Pattern.compile("^[A-Z]{2,5}$");
    private static final Set<String> BUILT_IN_LANGUAGES = Set.of("nb", "nn", "en");
    private static final int MAX_DAYS = 366;

    private RoutineRules() {}

    public static List<Problem> problems(Routine routine, Organisation organisation) {
        List<Problem> problems = new ArrayList<>();
        who(routine.who(), problems);
        categories(routine.categories(), problems);
        receivers(routine, organisation, problems);
        deadlines("deadlines.complaint", routine.deadlines().complaint(), problems);
        deadlines("deadlines.whistleblowing", routine.deadlines().whistleblowing(), problems);
        checkIns(routine.deadlines().whistleblowerCheckInDays(), problems);
        if (routine.notices().escalationFinal() && !routine.notices().escalationOffered()) {
            problems.add(new Problem(
                    "notices.escalationFinal",
                    "escalation-final-without-escalation",
                    "Ledelsens avgjørelse kan bare være endelig når klageren kan kreve behandling av ledelsen."));
        }
        presentation(routine.presentation(), problems);
        var retention = routine.retention();
        if (retention.complaintYears() < 1 || retention.complaintYears() > 30) {
            problems.add(new Problem("retention.complaintYears", "out-of-range", "Oppbevaringstiden må være 1–30 år."));
        }
        if (retention.whistleblowingYears() < 1 || retention.whistleblowingYears() > 30) {
            problems.add(
                    new Problem("retention.whistleblowingYears", "out-of-range", "Oppbevaringstiden må være 1–30 år."));
        }
        return problems;
    }

    private static void who(Routine.WhoMayComplain who, List<Problem> problems) {
        if (who.complainantTypes().isEmpty()) {
            problems.add(new Problem("who.complainantTypes", "required", "Velg minst én gruppe som kan klage."));
        }
        if (who.anonymousAllowed() && (who.nameRequired() || who.contactRequired())) {
            problems.add(new Problem(
                    who.nameRequired() ? "who.nameRequired" : "who.contactRequired",
                    "anonymous-and-identity-required",
                    "Navn eller kontaktopplysninger kan ikke være påkrevd når anonyme klager tas imot."));
        }
    }

    private static void categories(List<Category> categories, List<Problem> problems) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            Category category = categories.get(i);
            String field = "categories[" + i + "]";
            if (!CODE.matcher(category.code()).matches()) {
                problems.add(new Problem(
                        field + ".code",
                        "invalid",
                        "Koden må være store bokstaver, tall og understrek, for eksempel ARBEIDSMILJO."));
            } else if (category.code().equals(ComplaintReceived.NAV_DECISION)) {
                problems.add(new Problem(
                        field + ".code",
                        "reserved",
                        "Koden " + ComplaintReceived.NAV_DECISION
                                + " er satt av til uenighet om vedtak fra NAV. Velg en annen kode."));
            } else if (!codes.add(category.code())) {
                problems.add(new Problem(field + ".code", "duplicate", "Koden " + category.code() + " er brukt før."));
            }
            if (blank(category.names().nb())
                    || blank(category.names().nn())
                    || blank(category.names().en())) {
                problems.add(new Problem(
                        field + ".names", "required", "Kategorien trenger navn på bokmål, nynorsk og engelsk."));
            }
        }
        if (categories.stream().allMatch(Category::retired)) {
            problems.add(new Problem("categories", "required", "Minst én kategori må være i bruk."));
        }
    }

    private static void receivers(Routine routine, Organisation organisation, List<Problem> problems) {
        var receivers = routine.receivers();
        var defaultReceiver = receivers.defaultReceiver();
        switch (defaultReceiver.kind()) {
            case PERSON -> {
                if (!activePerson(organisation, defaultReceiver.ref())) {
                    problems.add(new Problem(
                            "receivers.defaultReceiver",
                            "unknown-person",
                            "Standard mottaker må være en aktiv person i organisasjonen som kan logge inn."));
                }
            }
            case UNIT_LEADER -> {
                var unit = organisation.unit(defaultReceiver.ref());
                if (unit.isEmpty() || unit.get().leaderId() == null) {
                    problems.add(new Problem(
                            "receivers.defaultReceiver",
                            "unit-without-leader",
                            "Standard mottaker må være en enhet som har en leder."));
                }
            }
            case MANAGEMENT_MEETING -> {
                if (organisation.managementGroup().isEmpty()) {
                    problems.add(new Problem(
                            "receivers.defaultReceiver",
                            "no-management-group",
                            "Ledermøtet kan ikke fordele saker før ledergruppa har medlemmer."));
                }
            }
        }
        if (routine.hasWhistleblowingTrack()
                && receivers.whistleblowingReceivers().isEmpty()) {
            problems.add(new Problem(
                    "receivers.whistleblowingReceivers",
                    "required",
                    "Kategorier for varsling krever minst én utpekt mottaker av varsler."));
        }
        for (String receiver : receivers.whistleblowingReceivers()) {
            if (!activePerson(organisation, receiver)) {
                problems.add(new Problem(
                        "receivers.whistleblowingReceivers",
                        "unknown-person",
                        "Mottakeren av varsler " + receiver
                                + " er ikke en aktiv person i organisasjonen som kan logge inn."));
            }
        }
        String alternative = receivers.alternativeReceiver();
        if (alternative != null && !activePerson(organisation, alternative)) {
            problems.add(new Problem(
                    "receivers.alternativeReceiver",
                    "unknown-person",
                    "Mottakeren av varsler om mottakerne og daglig leder, " + alternative
                            + ", er ikke en aktiv person i organisasjonen som kan logge inn."));
        }
        if (alternative != null
                && (receivers.whistleblowingReceivers().contains(alternative)
                        || alternative.equals(organisation.managingDirector()))) {
            problems.add(new Problem(
                    "receivers.alternativeReceiver",
                    "is-receiver",
                    "Varsler om mottakerne og daglig leder kan ikke gå til en av dem."));
        }
    }

    private static void deadlines(String field, TrackDeadlines deadlines, List<Problem> problems) {
        int handling = Spans.minimumDays(deadlines.handling());
        for (var span : List.of(deadlines.acknowledgement(), deadlines.handling())) {
            if (span.amount() < 1 || Spans.minimumDays(span) > MAX_DAYS) {
                problems.add(new Problem(
                        field + (span == deadlines.handling() ? ".handling" : ".acknowledgement"),
                        "out-of-range",
                        "Fristen må være minst én dag og høyst ett år."));
            }
        }
        if (Spans.minimumDays(deadlines.acknowledgement()) > handling) {
            problems.add(new Problem(
                    field + ".acknowledgement",
                    "acknowledgement-after-deadline",
                    "Fristen for kvittering kan ikke være lengre enn behandlingsfristen."));
        }
        for (int days : deadlines.remindDaysBefore()) {
            if (days < 1 || days >= handling) {
                problems.add(new Problem(
                        field + ".remindDaysBefore",
                        "reminder-outside-deadline",
                        "En påminnelse " + days + " dager før fristen faller utenfor behandlingstiden på " + handling
                                + " dager."));
            }
        }
    }

    /** Check-ins with a whistleblower: within two years of the report, and at most twelve. */
    private static void checkIns(List<Integer> days, List<Problem> problems) {
        if (days.size() > 12 || days.stream().anyMatch(d -> d < 1 || d > 730)) {
            problems.add(
                    new Problem(
                            "deadlines.whistleblowerCheckInDays",
                            "out-of-range",
                            "Oppfølgingssamtalene med den som varslet må være mellom 1 og 730 dager etter varselet, høyst 12."));
        }
    }

    private static void presentation(Routine.Presentation presentation, List<Problem> problems) {
        var languages = new HashSet<>(List.of("nb", "nn", "en"));
        languages.addAll(presentation.extraLanguages());
        var seen = new HashSet<String>();
        for (var wording : presentation.noticeWording()) {
            String field = "presentation.noticeWording[" + wording.kind() + "." + wording.language() + "]";
            if (!languages.contains(wording.language())) {
                problems.add(
                        new Problem(field, "unknown-language", "Språket " + wording.language() + " er ikke i bruk."));
            }
            if (blank(wording.subject()) || wording.subject().length() > 200) {
                problems.add(new Problem(field, "subject", "Emnet må fylles ut (høyst 200 tegn)."));
            }
            if (blank(wording.text()) || wording.text().length() > 5000) {
                problems.add(new Problem(field, "text", "Teksten må fylles ut (høyst 5000 tegn)."));
            }
            if (!seen.add(wording.kind() + "." + wording.language())) {
                problems.add(new Problem(field, "duplicate", "Samme melding og språk står to ganger."));
            }
        }
        if (blank(presentation.displayName()) || presentation.displayName().length() > 120) {
            problems.add(new Problem(
                    "presentation.displayName", "required", "Virksomheten trenger et navn (høyst 120 tegn)."));
        }
        if (presentation.referencePrefix() == null
                || !PREFIX.matcher(presentation.referencePrefix()).matches()) {
            problems.add(new Problem(
                    "presentation.referencePrefix",
                    "invalid",
                    "Prefikset til saksnumrene er 2–5 store bokstaver (A–Z), for eksempel FJV."));
        }
        for (String language : presentation.extraLanguages()) {
            if (!LANGUAGE.matcher(language).matches() || BUILT_IN_LANGUAGES.contains(language)) {
                problems.add(new Problem(
                        "presentation.extraLanguages",
                        "invalid",
                        "Ekstra språk oppgis som språkkode (for eksempel se eller uk), ikke nb, nn eller en."));
            }
        }
    }

    /** Active, and able to log in: a receiver without a login would never see what is sent to them. */
    private static boolean activePerson(Organisation organisation, String id) {
        return organisation.person(id).filter(p -> p.active() && p.hasLogin()).isPresent();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
