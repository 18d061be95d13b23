package no.klagesak.intake.complaint.web;

import no.klagesak.intake.complaint.application.RegisterComplaint;
import no.klagesak.intake.complaint.model.Channel;
import no.klagesak.intake.complaint.model.Complainant;
import no.klagesak.intake.complaint.model.ComplainantRole;
import no.klagesak.intake.complaint.model.Concerns;
import no.klagesak.intake.complaint.model.StaffRegistration;
import no.klagesak.intake.complaint.model.Track;
import org.jspecify.annotations.Nullable;

/**
 * The JSON a form or a client sends. Unknown enum values are reported as field problems, not as a crash. Flags are
 * boxed because Jackson 3 refuses a missing primitive.
 */
record ComplaintRequest(
        @Nullable String track,
        @Nullable String complainantRole,
        @Nullable String category,
        @Nullable String subject,
        @Nullable String description,
        @Nullable String desiredChange,
        @Nullable Complainant complainant,
        @Nullable Boolean concernsLineManager,
        @Nullable String language,
        @Nullable StaffRegistrationRequest staffRegistration,
        @Nullable ConcernsRequest concerns,
        @Nullable String chosenReceiver) {

    RegisterComplaint toCommand(
            String tenantId, Channel channel, @Nullable String registeredBy, @Nullable String idempotencyKey) {
        return new RegisterComplaint(
                tenantId,
                channel,
                parse(Track.class, track),
                parse(ComplainantRole.class, complainantRole),
                category,
                subject,
                description,
                desiredChange,
                complainant,
                Boolean.TRUE.equals(concernsLineManager),
                language,
                registeredBy,
                idempotencyKey,
                channel == Channel.STAFF_REGISTRATION && staffRegistration != null
                        ? staffRegistration.toRegistration()
                        : null,
                concerns == null ? null : concerns.toConcerns(),
                chosenReceiver == null || chosenReceiver.isBlank() ? null : chosenReceiver);
    }

    /**
     * What the complaint concerns: {@code PERSON} with its id or a name to look up, {@code UNIT} with its id, {@code
     * LINE_MANAGER} with the complainant's own unit (optional), {@code SERVICE} named, or {@code MANAGING_DIRECTOR},
     * {@code BOARD_MEMBER}, {@code OUTSIDE}.
     */
    record ConcernsRequest(
            @Nullable String kind,
            @Nullable String id,
            @Nullable String service,
            @Nullable String name) {
        Concerns toConcerns() {
            return new Concerns(
                    parse(Concerns.Kind.class, kind),
                    id == null || id.isBlank() ? null : id,
                    service,
                    name == null || name.isBlank() ? null : name.strip());
        }
    }

    /** How staff took the complaint down; only read on staff registration. */
    record StaffRegistrationRequest(
            @Nullable String medium,
            @Nullable String helpedBy,
            @Nullable Boolean confirmedByComplainant,
            @Nullable Boolean offeredWrittenForm) {

        StaffRegistration toRegistration() {
            return new StaffRegistration(
                    parse(StaffRegistration.Medium.class, medium),
                    helpedBy,
                    Boolean.TRUE.equals(confirmedByComplainant),
                    Boolean.TRUE.equals(offeredWrittenForm));
        }
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        if (value == null) return null;
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
