package no.klagesak.routing.assignment;

import static no.klagesak.routing.assignment.CaseAction.ACCEPT;
import static no.klagesak.routing.assignment.CaseAction.ACKNOWLEDGE;
import static no.klagesak.routing.assignment.CaseAction.ASSIGN;
import static no.klagesak.routing.assignment.CaseAction.CHECK_IN;
import static no.klagesak.routing.assignment.CaseAction.CLOSE;
import static no.klagesak.routing.assignment.CaseAction.COMPLAINANT_ANSWERED;
import static no.klagesak.routing.assignment.CaseAction.DECIDE;
import static no.klagesak.routing.assignment.CaseAction.DISCUSSED_WITH_SUPERIOR;
import static no.klagesak.routing.assignment.CaseAction.ESCALATE;
import static no.klagesak.routing.assignment.CaseAction.EXTEND_DEADLINE;
import static no.klagesak.routing.assignment.CaseAction.NAV_CASEWORKER_INVOLVED;
import static no.klagesak.routing.assignment.CaseAction.QUESTION_ASKED;
import static no.klagesak.routing.assignment.CaseAction.REASSIGN;
import static no.klagesak.routing.assignment.CaseAction.RECORD_ACTION;
import static no.klagesak.routing.assignment.CaseAction.RECORD_ANSWER;
import static no.klagesak.routing.assignment.CaseAction.RECORD_MEETING;
import static no.klagesak.routing.assignment.CaseAction.RESOLVE;
import static no.klagesak.routing.assignment.CaseAction.WITHDRAW;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.klagesak.contracts.CaseLifecycle;
import no.klagesak.contracts.CaseState;
import no.klagesak.contracts.tenant.Routine.SpanUnit;
import org.jspecify.annotations.Nullable;

/**
 * The case workflow as a state machine: which action each state allows, what each needs, and where it leads. Pure;
 * {@link HandlingCase} stores the result with the version check.
 */
public final class CaseWorkflow {

    static final int MAX_TEXT = 10_000;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /**
     * The actions each state allows. Once management decided or the complaint was withdrawn, nothing is allowed but a
     * check-in with a whistleblower.
     */
    static final Map<CaseState, Set<CaseAction>> ALLOWED = new EnumMap<>(CaseState.class);

    /** The steps that come from outside routing (intake's events), as the shared table names them. */
    static final Map<CaseAction, CaseLifecycle.Step> FROM_OUTSIDE = Map.of(
            QUESTION_ASKED,
            CaseLifecycle.Step.ASK_QUESTION,
            COMPLAINANT_ANSWERED,
            CaseLifecycle.Step.ANSWER_QUESTION,
            WITHDRAW,
            CaseLifecycle.Step.WITHDRAW,
            ESCALATE,
            CaseLifecycle.Step.ESCALATE,
            CaseAction.MINUTES_CONFIRMED,
            CaseLifecycle.Step.ANSWER_MINUTES,
            CaseAction.MINUTES_DISPUTED,
            CaseLifecycle.Step.ANSWER_MINUTES);

    static {
        // The staff's own steps; the complainant's steps (and the handler's question) follow from the shared table.
        ALLOWED.put(CaseState.TRIAGE, EnumSet.of(ASSIGN, ACKNOWLEDGE, RECORD_ACTION, CaseAction.CORRECT_CONCERNED));
        ALLOWED.put(
                CaseState.ASSIGNED,
                EnumSet.of(
                        ACCEPT,
                        ACKNOWLEDGE,
                        REASSIGN,
                        RECORD_ACTION,
                        DISCUSSED_WITH_SUPERIOR,
                        CaseAction.CORRECT_CONCERNED));
        ALLOWED.put(
                CaseState.IN_PROGRESS,
                EnumSet.of(
                        ACKNOWLEDGE,
                        REASSIGN,
                        RECORD_ACTION,
                        EXTEND_DEADLINE,
                        RECORD_MEETING,
                        CaseAction.SEND_MINUTES,
                        CaseAction.RECORD_MEETING_NOT_AGREED,
                        DISCUSSED_WITH_SUPERIOR,
                        NAV_CASEWORKER_INVOLVED,
                        CaseAction.CORRECT_CONCERNED,
                        RESOLVE));
        ALLOWED.put(
                CaseState.WAITING_FOR_COMPLAINANT,
                // A complainant who never answers does not keep the case open: it is answered on what there is.
                EnumSet.of(
                        RECORD_ANSWER,
                        ACKNOWLEDGE,
                        REASSIGN,
                        RECORD_ACTION,
                        EXTEND_DEADLINE,
                        CaseAction.CORRECT_CONCERNED,
                        RESOLVE));
        ALLOWED.put(CaseState.RESOLVED, EnumSet.of(CLOSE, RECORD_ACTION));
        ALLOWED.put(CaseState.CLOSED, EnumSet.noneOf(CaseAction.class));
        ALLOWED.put(
                CaseState.ESCALATED,
                EnumSet.of(
                        RECORD_ACTION,
                        RECORD_MEETING,
                        CaseAction.SEND_MINUTES,
                        CaseAction.RECORD_MEETING_NOT_AGREED,
                        NAV_CASEWORKER_INVOLVED,
                        CaseAction.CORRECT_CONCERNED,
                        DECIDE));
        ALLOWED.put(CaseState.DECIDED, EnumSet.noneOf(CaseAction.class));
        ALLOWED.put(CaseState.WITHDRAWN, EnumSet.noneOf(CaseAction.class));
        ALLOWED.forEach((state, actions) -> FROM_OUTSIDE.forEach((action, step) -> {
            if (CaseLifecycle.allows(state, step)) actions.add(action);
        }));
        // A whistleblower is followed up in every state, also after closure, a decision or a withdrawal.
        ALLOWED.values().forEach(actions -> actions.add(CHECK_IN));
        // The person a case names is told, or the exception justified, in every state: the duty follows the data.
        ALLOWED.values().forEach(actions -> actions.add(CaseAction.NOTIFY_CONCERNED));
        ALLOWED.values().forEach(actions -> actions.add(CaseAction.SEND_CONCERNED_NOTICE));
        ALLOWED.values().forEach(actions -> actions.add(CaseAction.CONCERNED_NOTICE_EXCEPTION));
    }

    private CaseWorkflow() {}

    /** A step that only follows the complainant (intake's events), never one staff take themselves. */
    public static boolean fromOutside(CaseAction action) {
        return FROM_OUTSIDE.containsKey(action);
    }

    /** The case after the action, and the timeline entry that records it. */
    public record Step(CaseFile file, TimelineEntry entry) {}

    /**
     * @param unit the unit of the case's handling time, so a stopped clock moves the deadline by working days where
     *     the routine counts working days
     */
    public static Step apply(CaseFile file, Transition t, Instant now, SpanUnit unit) {
        CaseState from = file.state();
        if (!ALLOWED.get(from).contains(t.action())) {
            throw new InvalidTransition(refusal(from, t.action()));
        }
        ComplaintCase c = file.complaintCase();
        if (t.action() == ACKNOWLEDGE && c.acknowledgement() != Acknowledgement.BY_HANDLER) {
            throw new InvalidTransition(
                    c.acknowledgement() == Acknowledgement.NONE
                            ? "Klagen er anonym. Det er ingen å gi kvittering til."
                            : "Klageren har fått kvittering automatisk.");
        }
        if ((t.action() == CaseAction.NOTIFY_CONCERNED
                        || t.action() == CaseAction.SEND_CONCERNED_NOTICE
                        || t.action() == CaseAction.CONCERNED_NOTICE_EXCEPTION)
                && c.concerned().isEmpty()) {
            throw new InvalidTransition("Saken nevner ingen bestemt person. Det er ingen å informere.");
        }
        if (t.action() == CHECK_IN && !"WHISTLEBLOWING".equals(c.track())) {
            throw new InvalidTransition("Oppfølgingssamtaler med den som varslet gjelder bare varsler.");
        }
        LocalDate today = LocalDate.ofInstant(now, OSLO);
        CaseState to = from;
        LocalDate pausedOn = file.pausedOn();
        switch (t.action()) {
            case ASSIGN -> {
                c = c.withHandler(
                        required(t.handler(), "Velg hvem som skal behandle saken."), HandlerLevel.LINE_MANAGER);
                to = CaseState.ASSIGNED;
            }
            case ACCEPT -> to = CaseState.IN_PROGRESS;
            case REASSIGN -> {
                String handler = required(t.handler(), "Velg hvem som skal overta saken.");
                required(t.reason(), "Skriv hvorfor saken får en ny behandler.");
                if (c.concerned().stream().anyMatch(handler::equals)) {
                    throw new InvalidTransition("Saken gjelder denne personen, som ikke kan behandle den.");
                }
                c = c.withHandler(handler, c.handlerLevel());
                to = CaseState.ASSIGNED;
            }
            case CORRECT_CONCERNED -> {
                text(t.reason(), "Skriv hvorfor du retter hvem saken gjelder.");
                var people = t.concerned() == null ? List.<String>of() : t.concerned();
                // Named by the service that looked them up (HandlingCase); the ids are what counts.
                c = c.withConcerned(
                        people,
                        "Mottakeren rettet hvem saken gjelder: "
                                + (blankToNull(t.text()) == null ? "ingen bestemt" : t.text()) + ".");
                if (t.handler() != null) {
                    if (from != CaseState.ASSIGNED
                            && from != CaseState.IN_PROGRESS
                            && from != CaseState.WAITING_FOR_COMPLAINANT) {
                        throw new InvalidTransition("Saken kan ikke gis til en annen nå.");
                    }
                    if (people.contains(t.handler())) {
                        throw new InvalidTransition("Saken gjelder denne personen, som ikke kan behandle den.");
                    }
                    c = c.withHandler(t.handler(), c.handlerLevel());
                    to = CaseState.ASSIGNED;
                }
            }
            case RECORD_ACTION -> text(t.text(), "Skriv hva som er gjort.");
            case ACKNOWLEDGE ->
                text(t.text(), "Skriv hvordan klageren fikk kvitteringen: brev, telefon eller møte, og når.");
            case QUESTION_ASKED -> {
                if (from == CaseState.IN_PROGRESS || from == CaseState.ASSIGNED) {
                    to = CaseState.WAITING_FOR_COMPLAINANT;
                    pausedOn = today;
                }
            }
            case COMPLAINANT_ANSWERED, RECORD_ANSWER -> {
                if (t.action() == RECORD_ANSWER) {
                    text(t.text(), "Skriv hva klageren svarte, hvordan (telefon eller møte) og når.");
                }
                // An answer to a question asked before the case had a handler, or while management decides, is on
                // the case file; only a waiting case's clock runs again.
                if (from != CaseState.WAITING_FOR_COMPLAINANT) break;
                LocalDate paused = pausedOn == null ? today : pausedOn;
                // The deadline and the reminders move by the time waited.
                c = c.withDeadline(CaseDeadlines.afterPause(c.deadline(), paused, today, unit));
                to = CaseState.IN_PROGRESS;
                pausedOn = null;
            }
            case EXTEND_DEADLINE -> {
                LocalDate later = t.newDeadline();
                if (later == null || !later.isAfter(c.deadline())) {
                    throw new InvalidTransition("Den nye fristen må være etter " + c.deadline() + ".");
                }
                // Routine 000: the complainant is told why; the reason is required.
                text(t.reason(), "Skriv hvorfor fristen må forlenges. Klageren får begrunnelsen.");
                c = c.withDeadline(later);
            }
            case RECORD_MEETING -> {
                text(t.text(), "Skriv hva som ble sagt og avtalt i møtet.");
                if (!t.minutesAgreed()) {
                    throw new InvalidTransition("Referatet må være godkjent av begge parter. Send det til klageren for"
                            + " godkjenning, eller skriv inn at klageren ikke er enig.");
                }
            }
            case SEND_MINUTES -> text(t.text(), "Skriv referatet klageren skal godkjenne.");
            case RECORD_MEETING_NOT_AGREED -> {
                text(t.text(), "Skriv hva som ble sagt og avtalt i møtet.");
                text(t.reason(), "Skriv hva klageren ikke er enig i.");
            }
            case MINUTES_CONFIRMED, MINUTES_DISPUTED -> {
                // The complainant's answer to minutes sent to them: recorded; the case stays where it is.
            }
            case RESOLVE, DECIDE -> {
                if (t.outcome() == null || t.outcome() == Outcome.WITHDRAWN) {
                    throw new InvalidTransition("Velg utfallet: medhold, delvis medhold eller ikke medhold.");
                }
                text(t.text(), "Skriv svaret til klageren.");
                to = t.action() == RESOLVE ? CaseState.RESOLVED : CaseState.DECIDED;
                // Answered, also without the complainant's answer to a question: the clock stands still no more.
                pausedOn = null;
            }
            case NAV_CASEWORKER_INVOLVED -> text(t.text(), "Skriv hvem hos NAV som var med, og hva de bidro med.");
            case DISCUSSED_WITH_SUPERIOR -> {
                // Routine 001: that it was discussed is what counts; what was said may be noted.
            }
            case CHECK_IN ->
                text(t.text(), "Skriv hvordan den som varslet har det på jobben, og hva som gjøres mot gjengjeldelse.");
            case NOTIFY_CONCERNED -> text(t.text(), "Skriv hvordan og når personen saken gjelder ble informert.");
            case SEND_CONCERNED_NOTICE -> {
                // The notice itself is the platform's template; nothing to write.
            }
            case CONCERNED_NOTICE_EXCEPTION -> {
                text(
                        t.reason(),
                        "Skriv hvorfor personen ikke skal informeres nå (personopplysningsloven § 16). Det må begrunnes"
                                + " i hver sak.");
                // An exception is temporary (an investigation under way): it is reviewed by a date within a year.
                LocalDate review = t.newDeadline();
                if (review == null
                        || !review.isAfter(today)
                        || review.isAfter(today.plusDays(ConcernedNotice.LONGEST_EXCEPTION_DAYS))) {
                    throw new InvalidTransition("Velg når unntaket skal vurderes på nytt: en dato etter i dag og innen"
                            + " ett år. Da får du en påminnelse.");
                }
            }
            case CLOSE -> to = CaseState.CLOSED;
            case ESCALATE -> to = CaseState.ESCALATED;
            case WITHDRAW -> {
                to = CaseState.WITHDRAWN;
                pausedOn = null;
            }
        }
        var entry = new TimelineEntry(
                now,
                t.by(),
                t.action(),
                from,
                to,
                blankToNull(t.text()),
                blankToNull(t.reason()),
                t.action() == ASSIGN
                                || t.action() == REASSIGN
                                || (t.action() == CaseAction.CORRECT_CONCERNED && t.handler() != null)
                        ? c.handler()
                        : null,
                t.action() == EXTEND_DEADLINE || t.action() == COMPLAINANT_ANSWERED || t.action() == RECORD_ANSWER
                        ? c.deadline()
                        : t.action() == CaseAction.CONCERNED_NOTICE_EXCEPTION ? t.newDeadline() : null,
                t.action() == WITHDRAW ? Outcome.WITHDRAWN : t.outcome(),
                blankToNull(t.improvements()));
        return new Step(new CaseFile(c, to, file.version() + 1, pausedOn), entry);
    }

    private static String refusal(CaseState state, CaseAction action) {
        return switch (state) {
            case DECIDED -> "Ledelsen har avgjort saken. Avgjørelsen er endelig, og saken er låst.";
            case WITHDRAWN -> "Klagen er trukket tilbake. Saken kan ikke endres.";
            default -> "«" + action + "» kan ikke gjøres når saken er " + state + ".";
        };
    }

    private static String required(@Nullable String value, String message) {
        if (value == null || value.isBlank()) throw new InvalidTransition(message);
        return value.strip();
    }

    private static void text(@Nullable String value, String message) {
        required(value, message);
        if (value.length() > MAX_TEXT)
            throw new InvalidTransition("Teksten er for lang (høyst " + MAX_TEXT + " tegn).");
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
