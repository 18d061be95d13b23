package no.klagesak.reporting.statistics.messaging;

import java.util.function.Consumer;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.SatisfactionAnswered;
import no.klagesak.reporting.statistics.CountingComplaints;
import no.klagesak.reporting.statistics.SurveyAnswers;
import no.klagesak.support.messaging.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

@Configuration
class ComplaintEventsListener {

    @Bean
    Consumer<Message<byte[]>> complaintEvents(CountingComplaints counting, SurveyAnswers surveys) {
        return message -> InboundEvents.handle(message, event -> {
            if (event.data() instanceof ComplaintReceived received) {
                counting.on(event.tenantId(), event.complaintId(), received);
            } else if (event.data() instanceof SatisfactionAnswered answered) {
                surveys.record(event.id().toString(), event.tenantId(), answered);
            }
        });
    }
}
