package no.klagesak.support.outbox;

/** Publishes one event durably; returns only when the broker has acknowledged it, and throws otherwise. */
public interface EventPublisher {

    void publish(OutboxEntry entry);
}
