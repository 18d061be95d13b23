package no.klagesak.reporting.statistics.messaging;

import java.util.function.Consumer;
import no.klagesak.contracts.CaseChanged;
import no.klagesak.contracts.ComplaintAssigned;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.DeadlineBreached;
import no.klagesak.contracts.SatisfactionAnswered;
import no.klagesak.reporting.statistics.CountingComplaints;
import no.klagesak.reporting.statistics.Facts;
import no.klagesak.reporting.statistics.SurveyAnswers;
import no.klagesak.support.messaging.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

@Configuration
class ComplaintEventsListener {

    @Bean
    Consumer<Message<byte[]>> complaintEvents(CountingComplaints counting, SurveyAnswers surveys, Facts facts) {
        return message -> InboundEvents.handle(message, event -> {
            if (event.data() instanceof ComplaintReceived received) {
                counting.on(event.tenantId(), event.complaintId(), received);
            } else if (event.data() instanceof SatisfactionAnswered answered) {
                surveys.record(event.id().toString(), event.tenantId(), answered);
            } else if (event.data() instanceof ComplaintAssigned assigned) {
                facts.assigned(event.tenantId(), event.complaintId(), assigned.deadline());
            } else if (event.data() instanceof CaseChanged changed) {
                facts.stepped(
                        event.tenantId(),
                        event.complaintId(),
                        changed.action(),
                        event.occurredAt(),
                        changed.outcome(),
                        changed.deadline());
            } else if (event.data() instanceof DeadlineBreached breached) {
                facts.breached(event.tenantId(), event.complaintId(), breached.reasonGiven());
            }
        });
    }
}
