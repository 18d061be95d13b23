package no.klagesak.routing.assignment.messaging;

import java.util.function.Consumer;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.routing.assignment.AssigningHandler;
import no.klagesak.support.messaging.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The {@code complaintEvents} function binding; retries and the dead-letter topic are binding configuration. */
@Configuration
class ComplaintEventsListener {

    @Bean
    Consumer<Message<byte[]>> complaintEvents(AssigningHandler assigning) {
        return message -> InboundEvents.handle(message, event -> {
            if (event.data() instanceof ComplaintReceived received) {
                assigning.assign(event.tenantId(), event.complaintId(), received);
            }
        });
    }
}
