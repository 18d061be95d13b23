package no.klagesak.notification.acknowledgement;

/** Where a complainant asked to be written to. Personal data: kept only by notification-service. */
public record Recipient(
        String tenantId, String complaintId, String reference, String track, String email, String language) {}
