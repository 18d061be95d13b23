package no.klagesak.notification.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What notification knows of a case from its events: enough to address and word a notice, and to hold back one about
 * work still to do when the case is done.
 *
 * @param email the complainant's address where they gave one; null for anonymous complainants and those without
 * @param anonymous no one to write to at all; a named complainant without an address gets letters by post
 * @param phone the complainant's phone number for text messages, only where they gave no e-mail address
 * @param concernsPerson the person in the organisation the complainant said the complaint concerns
 * @param concerned everyone in the organisation routing found the case concerns (the person named, the line manager it
 *     is about, the people a first report concerns); empty until it is assigned
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
        @Nullable String phone,
        List<String> concerned) {

    public CaseFacts {
        concerned = concerned == null ? List.of() : List.copyOf(concerned);
    }

    /** Whether the case concerns this person (by id in the organisation): they are never told of it. */
    public boolean concerns(String personId) {
        return personId.equals(concernsPerson) || concerned.contains(personId);
    }

    private static final Set<String> DONE = Set.of("RESOLVED", "CLOSED", "DECIDED", "WITHDRAWN");

    /** Answered, closed, decided or withdrawn. */
    public boolean done() {
        return DONE.contains(state);
    }

    public boolean whistleblowing() {
        return "WHISTLEBLOWING".equals(track);
    }
}
