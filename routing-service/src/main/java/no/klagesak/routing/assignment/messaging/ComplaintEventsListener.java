package no.klagesak.routing.assignment.messaging;

import java.util.Set;
import java.util.function.Consumer;
import no.klagesak.contracts.ComplainantReportedDeviation;
import no.klagesak.contracts.ComplaintErased;
import no.klagesak.contracts.ComplaintEscalationRequested;
import no.klagesak.contracts.ComplaintInformationAdded;
import no.klagesak.contracts.ComplaintQuestionAsked;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.ComplaintWithdrawn;
import no.klagesak.contracts.MinutesAnswered;
import no.klagesak.routing.assignment.AssigningHandler;
import no.klagesak.routing.assignment.CaseAction;
import no.klagesak.routing.assignment.Cases;
import no.klagesak.routing.assignment.HandlingCase;
import no.klagesak.routing.assignment.Transition;
import no.klagesak.support.messaging.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The {@code complaintEvents} function binding; retries and the dead-letter topic are binding configuration. */
@Configuration
class ComplaintEventsListener {

    /** What routing acts on: intake's events, and a complainant's deviation report; its own it has already acted on. */
    static final Set<String> TYPES = Set.of(
            ComplaintReceived.TYPE,
            ComplaintQuestionAsked.TYPE,
            ComplaintInformationAdded.TYPE,
            ComplaintWithdrawn.TYPE,
            ComplaintErased.TYPE,
            ComplaintEscalationRequested.TYPE,
            MinutesAnswered.TYPE,
            ComplainantReportedDeviation.TYPE);

    /** The complainant's own steps, from intake, as steps of the case. */
    static final String COMPLAINANT = "complainant";

    @Bean
    Consumer<Message<byte[]>> complaintEvents(
            AssigningHandler assigning,
            HandlingCase handling,
            Cases cases,
            java.util.List<AlsoOnComplaintEvents> others) {
        return message -> InboundEvents.handle(message, TYPES, event -> {
            switch (event.data()) {
                case ComplaintReceived received -> assigning.assign(event.tenantId(), event.complaintId(), received);
                case ComplaintQuestionAsked asked ->
                    handling.follow(
                            event.tenantId(),
                            event.complaintId(),
                            Transition.of(CaseAction.QUESTION_ASKED, asked.askedBy()));
                case ComplaintInformationAdded added
                when added.answersQuestion() != null ->
                    handling.follow(
                            event.tenantId(),
                            event.complaintId(),
                            Transition.of(CaseAction.COMPLAINANT_ANSWERED, COMPLAINANT));
                case ComplaintWithdrawn withdrawn ->
                    handling.follow(
                            event.tenantId(), event.complaintId(), Transition.of(CaseAction.WITHDRAW, COMPLAINANT));
                case ComplaintErased erased ->
                    cases.eraseNotes(event.tenantId(), event.complaintId(), erased.erasedAt());
                case MinutesAnswered minutes ->
                    handling.follow(
                            event.tenantId(),
                            event.complaintId(),
                            Transition.of(
                                    minutes.agreed() ? CaseAction.MINUTES_CONFIRMED : CaseAction.MINUTES_DISPUTED,
                                    COMPLAINANT));
                case ComplaintEscalationRequested escalation ->
                    handling.follow(
                            event.tenantId(), event.complaintId(), Transition.of(CaseAction.ESCALATE, COMPLAINANT));
                default -> {
                    // Routing's own events, information added without a question, and a deviation the complainant
                    // reported (a report of its own, not a step of the case) move nothing here.
                }
            }
            others.forEach(other -> other.on(event));
        });
    }
}
