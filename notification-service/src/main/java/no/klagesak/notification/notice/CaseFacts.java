package no.klagesak.notification.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What notification knows of a case from its events: enough to address and word a notice, and to hold back one about
 * work still to do when the case is done.
 *
 * @param email the complainant's address where they gave one; null for anonymous complainants and those without
 * @param anonymous no one to write to at all; a named complainant without an address gets letters by post
 * @param phone the complainant's phone number for text messages, only where they gave no e-mail address
 * @param concernsPerson the person in the organisation the complaint concerns, who is never told of it
 */
public record CaseFacts(
        String tenantId,
        String complaintId,
        String reference,
        String track,
        @Nullable String email,
        String language,
        @Nullable String concernsPerson,
        String state,
        @Nullable String handler,
        @Nullable LocalDate deadline,
        int handlingTimeDays,
        @Nullable Instant receivedAt,
        boolean anonymous,
        @Nullable String phone) {

    private static final Set<String> DONE = Set.of("RESOLVED", "CLOSED", "DECIDED", "WITHDRAWN");

    /** Answered, closed, decided or withdrawn. */
    public boolean done() {
        return DONE.contains(state);
    }

    public boolean whistleblowing() {
        return "WHISTLEBLOWING".equals(track);
    }
}
