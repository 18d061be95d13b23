package no.klagesak.notification.notice.messaging;

import java.util.function.Consumer;
import no.klagesak.notification.notice.Dispatching;
import no.klagesak.notification.notice.Notifying;
import no.klagesak.support.messaging.InboundEvents;
import no.klagesak.support.sealing.EventSealer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

@Configuration
class ComplaintEventsListener {

    private static final Logger log = LoggerFactory.getLogger(ComplaintEventsListener.class);

    /**
     * Stores what the event owes (that is the consumer's work: it fails and is retried if the store is down), then
     * sends at once what it can of those notices, by their ids. A mail server that is down does not fail the event:
     * the notices wait for the next round, which also sends whatever else is owed.
     */
    @Bean
    Consumer<Message<byte[]>> complaintEvents(Notifying notifying, Dispatching dispatching, EventSealer sealer) {
        return message -> InboundEvents.handle(message, event -> {
            // The handler's words for the complainant travel sealed; they are opened only to be sent.
            var owed = notifying.owe(sealer.opened(event));
            if (!owed.isEmpty()) {
                try {
                    dispatching.send(owed);
                } catch (RuntimeException e) {
                    log.warn("Notices wait for the next round: {}", e.toString());
                }
            }
        });
    }
}
