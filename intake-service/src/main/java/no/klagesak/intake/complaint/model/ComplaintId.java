package no.klagesak.intake.complaint.model;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.UUID;

public record ComplaintId(String value) {

    public static ComplaintId random() {
        return new ComplaintId(UUID.randomUUID().toString());
    }

    /**
     * The id of a submission the client marked with an idempotency key: the same tenant and key always give the same
     * id, so a retried submission collides with the first on the primary key and is not stored twice.
     */
    public static ComplaintId ofSubmission(String tenantId, String idempotencyKey) {
        return new ComplaintId(UUID.nameUUIDFromBytes((tenantId + "\n" + idempotencyKey).getBytes(UTF_8))
                .toString());
    }
}
