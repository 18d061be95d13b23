package no.klagesak.intake.complaint.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import no.klagesak.intake.complaint.model.Channel;
import no.klagesak.intake.complaint.model.Complainant;
import no.klagesak.intake.complaint.model.ComplainantRole;
import no.klagesak.intake.complaint.model.Concerns;
import no.klagesak.intake.complaint.model.StaffRegistration;
import no.klagesak.intake.complaint.model.Track;
import org.jspecify.annotations.Nullable;

/**
 * The command to register a complaint. It validates itself: every problem is reported at once, keyed by field, and
 * nothing is stored when there is one. The track may be left out: the tenant's category decides it.
 */
public record RegisterComplaint(
        String tenantId,
        Channel channel,
        @Nullable Track track,
        @Nullable ComplainantRole complainantRole,
        @Nullable String category,
        @Nullable String subject,
        @Nullable String description,
        @Nullable String desiredChange,
        @Nullable Complainant complainant,
        boolean concernsLineManager,
        @Nullable String language,
        @Nullable String registeredBy,
        @Nullable String idempotencyKey,
        @Nullable StaffRegistration staffRegistration,
        @Nullable Concerns concerns,
        @Nullable String chosenReceiver) {

    static final int MAX_TEXT = 10_000;
    public static final int MAX_SHORT = 200;
    /** Bokmål, Nynorsk and English, and the extra languages a tenant's form may be shown in. */
    private static final Set<String> LANGUAGES = Set.of("nb", "nn", "en", "uk", "ar", "so", "pl");

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern CATEGORY = Pattern.compile("^[A-Z][A-Z0-9_]{1,59}$");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("^[A-Za-z0-9_.:-]{8,100}$");

    /** Field name to a message key; empty when the command is valid. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (complainantRole == null) problems.put("complainantRole", "required");
        if (category == null || !CATEGORY.matcher(category).matches()) problems.put("category", "invalid");
        text(problems, "subject", subject, MAX_SHORT, true);
        text(problems, "description", description, MAX_TEXT, true);
        text(problems, "desiredChange", desiredChange, MAX_TEXT, false);
        if (language != null && !LANGUAGES.contains(language)) problems.put("language", "invalid");
        if (staffRegistration != null) {
            if (staffRegistration.medium() == null) problems.put("staffRegistration.medium", "required");
            text(problems, "staffRegistration.helpedBy", staffRegistration.helpedBy(), MAX_SHORT, false);
        }
        if (concerns != null) {
            if (concerns.kind() == null) {
                problems.put("concerns.kind", "required");
            } else if (concerns.kind() == Concerns.Kind.SERVICE) {
                text(problems, "concerns.service", concerns.service(), MAX_SHORT, true);
            } else if (concerns.kind() == Concerns.Kind.PERSON && blank(concerns.id())) {
                // A person by id (staff choose from the organisation) or by the name the complainant knows them by.
                text(problems, "concerns.name", concerns.name(), MAX_SHORT, true);
            } else if (concerns.kind() == Concerns.Kind.UNIT && blank(concerns.id())) {
                problems.put("concerns.id", "required");
            }
        }
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            problems.put("idempotencyKey", "invalid");
        }
        if (complainant != null) {
            text(problems, "complainant.name", complainant.name(), MAX_SHORT, true);
            if (complainant.email() != null
                    && !complainant.email().isBlank()
                    && !EMAIL.matcher(complainant.email()).matches()) {
                problems.put("complainant.email", "invalid");
            }
            text(problems, "complainant.phone", complainant.phone(), 40, false);
            text(problems, "complainant.address", complainant.address(), MAX_SHORT, false);
        }
        return problems;
    }

    private static void text(
            Map<String, String> problems, String field, @Nullable String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) problems.put(field, "required");
        } else if (value.length() > max) {
            problems.put(field, "too-long");
        }
    }

    public String languageOrDefault() {
        return language == null ? "nb" : language;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    /** A command named field by field, for code that sets only some of its sixteen fields. */
    public static Builder of(String tenantId, Channel channel) {
        return new Builder(tenantId, channel);
    }

    /** Builds a {@link RegisterComplaint}; a field not set is absent (null, or false). */
    public static final class Builder {
        private final String tenantId;
        private final Channel channel;
        private @Nullable Track track;
        private @Nullable ComplainantRole complainantRole;
        private @Nullable String category;
        private @Nullable String subject;
        private @Nullable String description;
        private @Nullable String desiredChange;
        private @Nullable Complainant complainant;
        private boolean concernsLineManager;
        private @Nullable String language;
        private @Nullable String registeredBy;
        private @Nullable String idempotencyKey;
        private @Nullable StaffRegistration staffRegistration;
        private @Nullable Concerns concerns;
        private @Nullable String chosenReceiver;

        private Builder(String tenantId, Channel channel) {
            this.tenantId = tenantId;
            this.channel = channel;
        }

        public Builder track(@Nullable Track track) {
            this.track = track;
            return this;
        }

        public Builder complainantRole(@Nullable ComplainantRole complainantRole) {
            this.complainantRole = complainantRole;
            return this;
        }

        public Builder category(@Nullable String category) {
            this.category = category;
            return this;
        }

        public Builder subject(@Nullable String subject) {
            this.subject = subject;
            return this;
        }

        public Builder description(@Nullable String description) {
            this.description = description;
            return this;
        }

        public Builder desiredChange(@Nullable String desiredChange) {
            this.desiredChange = desiredChange;
            return this;
        }

        public Builder complainant(@Nullable Complainant complainant) {
            this.complainant = complainant;
            return this;
        }

        public Builder concernsLineManager(boolean concernsLineManager) {
            this.concernsLineManager = concernsLineManager;
            return this;
        }

        public Builder language(@Nullable String language) {
            this.language = language;
            return this;
        }

        public Builder registeredBy(@Nullable String registeredBy) {
            this.registeredBy = registeredBy;
            return this;
        }

        public Builder idempotencyKey(@Nullable String idempotencyKey) {
            this.idempotencyKey = idempotencyKey;
            return this;
        }

        public Builder staffRegistration(@Nullable StaffRegistration staffRegistration) {
            this.staffRegistration = staffRegistration;
            return this;
        }

        public Builder concerns(@Nullable Concerns concerns) {
            this.concerns = concerns;
            return this;
        }

        public Builder chosenReceiver(@Nullable String chosenReceiver) {
            this.chosenReceiver = chosenReceiver;
            return this;
        }

        public RegisterComplaint build() {
            return new RegisterComplaint(
                    tenantId,
                    channel,
                    track,
                    complainantRole,
                    category,
                    subject,
                    description,
                    desiredChange,
                    complainant,
                    concernsLineManager,
                    language,
                    registeredBy,
                    idempotencyKey,
                    staffRegistration,
                    concerns,
                    chosenReceiver);
        }
    }
}
