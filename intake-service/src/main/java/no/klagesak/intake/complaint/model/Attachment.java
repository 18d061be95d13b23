package no.klagesak.intake.complaint.model;

import java.util.UUID;

/**
 * A file sent with a complaint, as the complaint lists it. The content is stored apart, with the complaint's tenant
 * and id, and is served only to those who may read the complaint; it never goes on Kafka.
 *
 * @param contentType the type read from the content, not the one the sender claimed
 */
public record Attachment(String id, String name, String contentType, long size) {

    public static Attachment of(String name, String contentType, long size) {
        return new Attachment(UUID.randomUUID().toString(), name, contentType, size);
    }
}
