package no.klagesak.notification.acknowledgement.messaging;

import java.util.function.Consumer;
import no.klagesak.contracts.ComplaintAssigned;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.notification.acknowledgement.SendingAcknowledgement;
import no.klagesak.support.messaging.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

@Configuration
class ComplaintEventsListener {

    @Bean
    Consumer<Message<byte[]>> complaintEvents(SendingAcknowledgement sending) {
        return message -> InboundEvents.handle(message, event -> {
            switch (event.data()) {
                case ComplaintReceived received -> sending.on(event.tenantId(), event.complaintId(), received);
                case ComplaintAssigned assigned -> sending.on(event.tenantId(), event.complaintId(), assigned);
                default -> {
                    // Other events on the complaint topic say nothing an acknowledgement needs.
                }
            }
        });
    }
}
