package no.klagesak.notification.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import no.klagesak.contracts.AcknowledgementOverdue;
import no.klagesak.contracts.CaseChanged;
import no.klagesak.contracts.ComplainantAwaited;
import no.klagesak.contracts.ComplaintAssigned;
import no.klagesak.contracts.ComplaintErased;
import no.klagesak.contracts.ComplaintEscalationRequested;
import no.klagesak.contracts.ComplaintInformationAdded;
import no.klagesak.contracts.ComplaintQuestionAsked;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.ComplaintWithdrawn;
import no.klagesak.contracts.ConcernedNoticeReviewDue;
import no.klagesak.contracts.DeadlineApproaching;
import no.klagesak.contracts.DeadlineBreached;
import no.klagesak.contracts.DeviationOverdue;
import no.klagesak.contracts.DeviationReported;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.contracts.WhistleblowerCheckInDue;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Routine;
import org.jspecify.annotations.Nullable;

/**
 * Which notices each event owes whom. Complainants are written to only where they gave an e-mail address (never when
 * anonymous: their channel is the receipt-code page); staff by the address in the tenant's organisation. Staff notices
 * carry the reference and a link, never the complaint's text or who complained. The person a complaint concerns is
 * never told of it.
 */
public class Notifying {

    /** What a complainant without e-mail but with a phone number gets as a text message. */
    private static final Set<NoticeKind> BY_SMS = Set.of(
            NoticeKind.ACKNOWLEDGEMENT,
            NoticeKind.QUESTION,
            NoticeKind.DELAY,
            NoticeKind.ESCALATION_RECEIVED,
            NoticeKind.MINUTES);

    /** What a complainant without e-mail gets as a letter: the acknowledgement, a delay, the answer, the decision. */
    private static final Set<NoticeKind> BY_POST =
            Set.of(NoticeKind.ACKNOWLEDGEMENT, NoticeKind.DELAY, NoticeKind.RESPONSE, NoticeKind.DECISION);

    private final CaseFactsStore facts;
    private final Notices notices;
    private final Surveys surveys;
    private final Function<String, Optional<TenantSnapshot>> tenants;
    private final String webUrl;
    private final Clock clock;

    public Notifying(
            CaseFactsStore facts,
            Notices notices,
            Surveys surveys,
            Function<String, Optional<TenantSnapshot>> tenants,
            String webUrl,
            Clock clock) {
        this.surveys = surveys;
        this.facts = facts;
        this.notices = notices;
        this.tenants = tenants;
        this.webUrl = webUrl;
        this.clock = clock;
    }

    /** Records what the event says of the case and stores the notices it owes; returns how many were new. */
    public int on(EventEnvelope event) {
        return owe(event).size();
    }

    /** As {@link #on}, and returns the ids of the notices that were new, to send them at once. */
    public List<String> owe(EventEnvelope event) {
        String tenantId = event.tenantId();
        String complaintId = event.complaintId();
        if (complaintId == null) return List.of();
        List<Notice> owed = new ArrayList<>();
        switch (event.data()) {
            case ComplaintReceived received -> facts.received(tenantId, complaintId, received);
            case ComplaintAssigned assigned -> {
                facts.assigned(
                                tenantId,
                                complaintId,
                                assigned.handler(),
                                assigned.deadline(),
                                assigned.handlingTimeDays(),
                                assigned.concerned() == null ? List.of() : assigned.concerned())
                        .ifPresent(c -> {
                            // The complainant's acknowledgement first: with the mail server down, sending stops at
                            // the first refusal, and the acknowledgement is the promise the routine makes.
                            complainant(event, c, NoticeKind.ACKNOWLEDGEMENT, Map.of())
                                    .ifPresent(owed::add);
                            staff(event, c, NoticeKind.ASSIGNMENT, c.handler(), Map.of())
                                    .ifPresent(owed::add);
                            // The director hears of it once routing knows whom it concerns: never the director
                            // it is about (as its line manager too), and not twice when the case is theirs to
                            // handle (a report to them as its receiver): the assignment says it.
                            toDirector(event, c).stream()
                                    .filter(notice -> !notice.recipient().equals(c.handler()))
                                    .forEach(owed::add);
                            // Routine 002: the management group hears that a case waits in its queue.
                            if (assigned.handler() == null) owed.addAll(toManagementGroup(event, c, NoticeKind.QUEUED));
                        });
            }
            case CaseChanged changed -> {
                // Corrected by the receiver: those it concerns now are kept from its notices from here on.
                if (changed.concerned() != null) facts.concerned(tenantId, complaintId, changed.concerned());
                facts.changed(tenantId, complaintId, changed.state(), changed.handler(), changed.deadline())
                        .ifPresent(c -> owed.addAll(onStep(event, c, changed)));
            }
            case ComplaintQuestionAsked asked ->
                facts(tenantId, complaintId)
                        .flatMap(c -> complainant(event, c, NoticeKind.QUESTION, Map.of()))
                        .ifPresent(owed::add);
            case ComplaintEscalationRequested escalation ->
                facts(tenantId, complaintId).ifPresent(c -> {
                    complainant(event, c, NoticeKind.ESCALATION_RECEIVED, Map.of())
                            .ifPresent(owed::add);
                    owed.addAll(toManagementGroup(event, c, NoticeKind.ESCALATED));
                });
            case ComplaintInformationAdded added ->
                facts(tenantId, complaintId)
                        .flatMap(c -> staff(
                                event,
                                c,
                                NoticeKind.COMPLAINANT_WROTE,
                                c.handler(),
                                added.answersQuestion() == null ? Map.of() : Map.of("answered", true)))
                        .ifPresent(owed::add);
            case ComplaintErased erased -> {
                facts.eraseComplainant(tenantId, complaintId);
                notices.eraseComplainant(tenantId, complaintId);
            }
            case ComplaintWithdrawn withdrawn ->
                facts(tenantId, complaintId)
                        .ifPresent(c -> facts.changed(tenantId, complaintId, "WITHDRAWN", c.handler(), c.deadline()));
            case DeadlineApproaching approaching ->
                facts(tenantId, complaintId)
                        .flatMap(c -> staff(
                                event,
                                c,
                                NoticeKind.REMINDER,
                                approaching.handler(),
                                Map.of("daysLeft", approaching.daysLeft())))
                        .ifPresent(owed::add);
            case DeadlineBreached breached ->
                facts(tenantId, complaintId).ifPresent(c -> {
                    for (String username : handlerManagerAndDirector(tenantId, breached.handler())) {
                        staff(event, c, NoticeKind.BREACH, username, Map.of()).ifPresent(owed::add);
                    }
                    if (!breached.reasonGiven()) {
                        // Routine 000: told when the deadline passed, not only when it was moved with a reason.
                        complainant(event, c, NoticeKind.DELAY, Map.of("passed", true))
                                .ifPresent(owed::add);
                    }
                });
            case WhistleblowerCheckInDue due ->
                facts(tenantId, complaintId)
                        .flatMap(c -> staff(event, c, NoticeKind.CHECK_IN_DUE, due.handler(), Map.of()))
                        .ifPresent(owed::add);
            case ComplainantAwaited awaited ->
                facts(tenantId, complaintId)
                        .flatMap(c -> staff(
                                event,
                                c,
                                NoticeKind.COMPLAINANT_AWAITED,
                                awaited.handler(),
                                Map.of("waitingSince", date(awaited.waitingSince(), "nb"))))
                        .ifPresent(owed::add);
            case ConcernedNoticeReviewDue review ->
                facts(tenantId, complaintId)
                        .flatMap(c -> staff(
                                event,
                                c,
                                NoticeKind.CONCERNED_REVIEW_DUE,
                                review.handler(),
                                Map.of("reviewOn", date(review.reviewOn(), "nb"))))
                        .ifPresent(owed::add);
            case AcknowledgementOverdue overdue ->
                facts(tenantId, complaintId)
                        .flatMap(c -> staff(event, c, NoticeKind.ACKNOWLEDGEMENT_OVERDUE, overdue.handler(), Map.of()))
                        .ifPresent(owed::add);
            case DeviationReported reported ->
                deviation(
                                event,
                                NoticeKind.DEVIATION_REPORTED,
                                reported.receiver(),
                                reported.kind(),
                                reported.deadline(),
                                reported.caseReference(),
                                reported.concernsDirector() ? Map.of("concernsDirector", true) : Map.of())
                        .ifPresent(owed::add);
            case DeviationOverdue overdue ->
                // The event names no case: the mail says the kind, the deadline that passed and where to handle it.
                deviation(
                                event,
                                NoticeKind.DEVIATION_OVERDUE,
                                overdue.receiver(),
                                overdue.kind(),
                                overdue.deadline(),
                                null,
                                Map.of())
                        .ifPresent(owed::add);
            default -> {
                // Other events owe no one a notice.
            }
        }
        List<String> added = new ArrayList<>();
        for (Notice notice : owed) {
            if (!notices.add(notice)) continue;
            added.add(notice.id());
            if (notice.kind() == NoticeKind.SURVEY) {
                String url = String.valueOf(notice.values().get("surveyUrl"));
                surveys.invite(
                        AnsweringSurvey.hash(url.substring(url.lastIndexOf('/') + 1)),
                        tenantId,
                        facts(tenantId, complaintId).map(CaseFacts::track).orElse("COMPLAINT"),
                        YearMonth.now(clock.withZone(ZoneId.of("Europe/Oslo"))).toString());
            }
        }
        return added;
    }

    private List<Notice> onStep(EventEnvelope event, CaseFacts c, CaseChanged changed) {
        List<Notice> owed = new ArrayList<>();
        switch (changed.action()) {
            case "ASSIGN", "REASSIGN" ->
                staff(event, c, NoticeKind.ASSIGNMENT, changed.handler(), Map.of())
                        .ifPresent(owed::add);
            case "EXTEND_DEADLINE" ->
                complainant(event, c, NoticeKind.DELAY, withText("reason", changed.toComplainant()))
                        .ifPresent(owed::add);
            case "RESOLVE" -> {
                Map<String, Object> values = withText("response", changed.toComplainant());
                values.put(outcomeKey(changed.outcome()), true);
                if (escalationOffered(c.tenantId())) values.put("escalationOffered", true);
                complainant(event, c, NoticeKind.RESPONSE, values).ifPresent(owed::add);
            }
            case "DECIDE" -> {
                Map<String, Object> values = withText("response", changed.toComplainant());
                values.put(outcomeKey(changed.outcome()), true);
                complainant(event, c, NoticeKind.DECISION, values).ifPresent(owed::add);
                survey(event, c).ifPresent(owed::add);
            }
            case "SEND_MINUTES" ->
                complainant(event, c, NoticeKind.MINUTES, withText("minutes", changed.toComplainant()))
                        .ifPresent(owed::add);
            case "CLOSE" -> survey(event, c).ifPresent(owed::add);
            case "SEND_CONCERNED_NOTICE" -> owed.addAll(toConcerned(event, c, changed.noticeTo()));
            default -> {
                // Other steps are the case file's, not news for anyone.
            }
        }
        return owed;
    }

    /**
     * Routine 004: after closure, where the routine offers it, a link to the anonymous survey. The invitation is kept
     * apart from the case (its token's hash, the tenant, the track and the month), and made only with a new notice.
     */
    private Optional<Notice> survey(EventEnvelope event, CaseFacts c) {
        boolean offered = tenants.apply(c.tenantId())
                .map(t -> t.current().routine().notices().satisfactionSurvey())
                .orElse(false);
        if (!offered) return Optional.empty();
        String token = AnsweringSurvey.newToken();
        return complainant(
                event,
                c,
                NoticeKind.SURVEY,
                Map.of("surveyUrl", webUrl + "/t/" + c.tenantId() + "/undersokelse/" + token));
    }

    /** Routine 001: the managing director hears of every complaint at once, where the routine says so. */
    private List<Notice> toDirector(EventEnvelope event, CaseFacts c) {
        var tenant = tenants.apply(c.tenantId());
        if (tenant.isEmpty()) return List.of();
        boolean immediate =
                tenant.get().current().routine().notices().directorNotice() == Routine.DirectorNotice.IMMEDIATE;
        String director = tenant.get().organisation().managingDirector();
        if (!immediate || c.concerns(director)) return List.of();
        // A whistleblowing report is for the designated receivers only: the director hears of it only as one of them.
        boolean receiver = tenant.get()
                .current()
                .routine()
                .receivers()
                .whistleblowingReceivers()
                .contains(director);
        if (c.whistleblowing() && !receiver) return List.of();
        return tenant.get()
                .organisation()
                .person(director)
                .flatMap(p -> staff(event, c, NoticeKind.NEW_COMPLAINT, p.username(), Map.of()))
                .map(List::of)
                .orElse(List.of());
    }

    /**
     * Each member of the management group with a login, never one the case concerns; for a whistleblowing report only
     * those who are also its designated receivers.
     */
    private List<Notice> toManagementGroup(EventEnvelope event, CaseFacts c, NoticeKind kind) {
        var tenant = tenants.apply(c.tenantId());
        if (tenant.isEmpty()) return List.of();
        var receivers = tenant.get().current().routine().receivers().whistleblowingReceivers();
        List<Notice> owed = new ArrayList<>();
        for (String id : tenant.get().organisation().managementGroup()) {
            if (c.whistleblowing() && !receivers.contains(id)) continue;
            tenant.get()
                    .organisation()
                    .person(id)
                    .flatMap(p -> staff(event, c, kind, p.username(), Map.of()))
                    .ifPresent(owed::add);
        }
        return owed;
    }

    private Optional<Notice> complainant(EventEnvelope event, CaseFacts c, NoticeKind kind, Map<String, Object> extra) {
        // Anonymous complainants follow their case with the receipt code only; a named one without an address gets
        // the letters that matter by post, which the handler prints from the case page.
        if (c.anonymous()) return Optional.empty();
        // Without e-mail: a text message for what needs an answer soon, a letter for the formal ones.
        String phone = c.email() == null && c.phone() != null && BY_SMS.contains(kind) ? c.phone() : null;
        if (c.email() == null && phone == null && !BY_POST.contains(kind)) return Optional.empty();
        // In the language they wrote in, where the platform words notices to complainants in it (Languages).
        String language = Languages.forReader(NoticeKind.Audience.COMPLAINANT, c.language());
        Map<String, Object> values = common(c, language);
        // The follow-up page opens in the language the notice is written in.
        values.put("followUpUrl", webUrl + "/t/" + c.tenantId() + "/oppfolging?lang=" + language);
        values.putAll(extra);
        return Optional.of(notice(event, c, kind, Notice.COMPLAINANT, c.email(), phone, language, values));
    }

    /**
     * The people a case names, told from the template that data about them is processed: each in their own language,
     * at the address in the organisation; someone who left or is not in it is passed by.
     */
    private List<Notice> toConcerned(EventEnvelope event, CaseFacts c, @Nullable List<String> people) {
        if (people == null) return List.of();
        var tenant = tenants.apply(c.tenantId());
        if (tenant.isEmpty()) return List.of();
        List<Notice> owed = new ArrayList<>();
        for (String id : people) {
            tenant.get()
                    .organisation()
                    .person(id)
                    .filter(Organisation.Person::active)
                    .ifPresent(person -> {
                        String language = person.languageOrDefault();
                        owed.add(notice(
                                event,
                                c,
                                NoticeKind.CONCERNED_NOTICE,
                                "concerned:" + person.id(),
                                person.email(),
                                null,
                                language,
                                common(c, language)));
                    });
        }
        return owed;
    }

    /**
     * Routine 001: a notice about a deviation report to its receiver, in their language (that it was reported, or that
     * its deadline passed): its kind, the case it names if the event does, its deadline and the link to read and
     * handle it, never what the reporter wrote (routing keeps that). The envelope's complaint id is the report's own;
     * a receiver who is not an active login in the organisation is owed nothing.
     */
    private Optional<Notice> deviation(
            EventEnvelope event,
            NoticeKind kind,
            String receiver,
            String deviationKind,
            LocalDate deadline,
            @Nullable String caseReference,
            Map<String, Object> extra) {
        String tenantId = event.tenantId();
        String reportId = event.complaintId();
        var person = login(tenantId, receiver);
        if (reportId == null || person.isEmpty()) return Optional.empty();
        Map<String, Object> values = new HashMap<>();
        values.put(
                "tenantName",
                tenants.apply(tenantId)
                        .map(t -> t.current().routine().presentation().displayName())
                        .orElse(tenantId));
        if (caseReference != null) values.put("reference", caseReference);
        // Staff notices name the dates they ask something by as digits (reviewOn, waitingSince).
        values.put("deadline", date(deadline, "nb"));
        values.put(deviationKey(deviationKind), true);
        values.put("deviationUrl", webUrl + "/avvik/" + reportId);
        values.putAll(extra);
        return Optional.of(new Notice(
                Notice.idOf(event.id().toString(), kind, receiver),
                tenantId,
                reportId,
                caseReference == null ? "" : caseReference,
                kind,
                receiver,
                person.get().email(),
                null,
                person.get().languageOrDefault(),
                values,
                clock.instant()));
    }

    /** The value that has a notice of a reported deviation say its kind. */
    private static String deviationKey(String kind) {
        return switch (kind) {
            case "ACKNOWLEDGEMENT" -> "deviationAcknowledgement";
            case "DEADLINE" -> "deviationDeadline";
            case "LEVEL" -> "deviationLevel";
            case "INFORMATION" -> "deviationInformation";
            case "CONFIDENTIALITY" -> "deviationConfidentiality";
            default -> "deviationOther";
        };
    }

    /** The active person in the tenant's organisation with this user name. */
    private Optional<Organisation.Person> login(String tenantId, String username) {
        return tenants.apply(tenantId)
                .flatMap(t -> t.organisation().people().stream()
                        .filter(p -> username.equals(p.username()) && p.active())
                        .findFirst());
    }

    private Optional<Notice> staff(
            EventEnvelope event, CaseFacts c, NoticeKind kind, @Nullable String username, Map<String, Object> extra) {
        if (username == null) return Optional.empty();
        var person = login(c.tenantId(), username);
        // The person a complaint concerns is never told of it.
        if (person.isEmpty() || c.concerns(person.get().id())) return Optional.empty();
        // Each staff member reads the platform's e-mails in their own language.
        String language = person.get().languageOrDefault();
        Map<String, Object> values = common(c, language);
        values.put("caseUrl", webUrl + "/saker/" + c.complaintId());
        values.putAll(extra);
        return Optional.of(notice(event, c, kind, username, person.get().email(), null, language, values));
    }

    private Notice notice(
            EventEnvelope event,
            CaseFacts c,
            NoticeKind kind,
            String recipient,
            @Nullable String email,
            @Nullable String phone,
            String language,
            Map<String, Object> values) {
        return new Notice(
                Notice.idOf(event.id().toString(), kind, recipient),
                c.tenantId(),
                c.complaintId(),
                c.reference(),
                kind,
                recipient,
                email,
                phone,
                language,
                values,
                clock.instant());
    }

    private Map<String, Object> common(CaseFacts c, String language) {
        Map<String, Object> values = new HashMap<>();
        values.put(
                "tenantName",
                tenants.apply(c.tenantId())
                        .map(t -> t.current().routine().presentation().displayName())
                        .orElse(c.tenantId()));
        values.put("reference", c.reference());
        if (c.whistleblowing()) values.put("whistleblowing", true);
        if (c.deadline() != null) values.put("deadline", date(c.deadline(), language));
        if (c.handlingTimeDays() > 0) values.put("handlingTimeDays", c.handlingTimeDays());
        return values;
    }

    private List<String> handlerManagerAndDirector(String tenantId, @Nullable String handler) {
        Set<String> usernames = new LinkedHashSet<>();
        tenants.apply(tenantId).ifPresent(t -> {
            Organisation organisation = t.organisation();
            if (handler != null) {
                usernames.add(handler);
                organisation.people().stream()
                        .filter(p -> handler.equals(p.username()))
                        .findFirst()
                        .map(Organisation.Person::lineManagerId)
                        .flatMap(organisation::person)
                        .map(Organisation.Person::username)
                        .ifPresent(usernames::add);
            }
            organisation
                    .person(organisation.managingDirector())
                    .map(Organisation.Person::username)
                    .ifPresent(usernames::add);
        });
        usernames.remove(null);
        return List.copyOf(usernames);
    }

    private boolean escalationOffered(String tenantId) {
        return tenants.apply(tenantId)
                .map(t -> t.current().routine().notices().escalationOffered())
                .orElse(false);
    }

    private Optional<CaseFacts> facts(String tenantId, String complaintId) {
        return facts.find(tenantId, complaintId);
    }

    private static Map<String, Object> withText(String key, @Nullable String text) {
        Map<String, Object> values = new HashMap<>();
        if (text != null && !text.isBlank()) values.put(key, text.strip());
        return values;
    }

    private static String outcomeKey(@Nullable String outcome) {
        return switch (outcome == null ? "" : outcome) {
            case "UPHELD" -> "upheld";
            case "PARTLY_UPHELD" -> "partlyUpheld";
            default -> "notUpheld";
        };
    }

    private static String date(LocalDate date, String language) {
        return Languages.date(date, language);
    }
}
