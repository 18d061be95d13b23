package no.klagesak.intake.complaint.application.port;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.klagesak.intake.complaint.model.ComplainantRole;
import no.klagesak.intake.complaint.model.Track;

/** What intake needs to know of a tenant's routine: the current version of its rules for new complaints. */
public interface TenantRules {

    /** Empty when no such tenant is served (or it is closed). */
    Optional<IntakeRoutine> find(String tenantId);

    /**
     * The rules a new complaint is checked against, from one routine version.
     *
     * @param version the routine version the complaint is received under
     * @param referencePrefix the tenant's prefix of reference numbers, e.g. {@code FJV}
     * @param complainantRoles who may complain
     * @param categories the categories offered now (retired ones are not), each with the track it decides
     * @param escalationOffered whether a complainant who is not satisfied may ask management to decide
     * @param units the organisation's units, id to name, which a complaint may concern
     * @param receivers whom the complainant may choose to receive it, id to name and title; empty where the routine does
     *     not let them choose
     * @param people every active person a complaint may concern; ids only, never shown on a public form
     */
    record IntakeRoutine(
            int version,
            String referencePrefix,
            boolean anonymousAllowed,
            boolean nameRequired,
            boolean contactRequired,
            boolean desiredChangeRequired,
            boolean writtenOnly,
            Set<ComplainantRole> complainantRoles,
            Map<String, Track> categories,
            boolean escalationOffered,
            Map<String, String> units,
            Map<String, String> receivers,
            @JsonIgnore Map<String, String> people) {

        public IntakeRoutine {
            complainantRoles = Set.copyOf(complainantRoles);
            categories = Map.copyOf(categories);
            units = Map.copyOf(units);
            receivers = Map.copyOf(receivers);
            people = Map.copyOf(people);
        }

        /**
         * The one active person whose name is the name given (letter case, accents and spaces aside), or whose
         * every given word is one of their name's words when only one person's is; empty when no one or several.
         */
        public Optional<String> personNamed(String given) {
            var words = words(given);
            if (words.isEmpty()) return Optional.empty();
            var exact = people.entrySet().stream()
                    .filter(p -> words(p.getValue()).equals(words))
                    .map(Map.Entry::getKey)
                    .toList();
            if (exact.size() == 1) return Optional.of(exact.getFirst());
            if (!exact.isEmpty()) return Optional.empty();
            var containing = people.entrySet().stream()
                    .filter(p -> new HashSet<>(words(p.getValue())).containsAll(words))
                    .map(Map.Entry::getKey)
                    .toList();
            return containing.size() == 1 ? Optional.of(containing.getFirst()) : Optional.empty();
        }

        private static List<String> words(String name) {
            String plain = Normalizer.normalize(name, Normalizer.Form.NFKC)
                    .toLowerCase(Locale.ROOT)
                    .strip();
            return plain.isEmpty() ? List.of() : List.of(plain.split("[\\s,.]+"));
        }

        /** Rules without an organisation to choose from, for tests and tenants that have none yet. */
        public IntakeRoutine(
                int version,
                String referencePrefix,
                boolean anonymousAllowed,
                boolean nameRequired,
                boolean contactRequired,
                boolean desiredChangeRequired,
                boolean writtenOnly,
                Set<ComplainantRole> complainantRoles,
                Map<String, Track> categories,
                boolean escalationOffered) {
            this(
                    version,
                    referencePrefix,
                    anonymousAllowed,
                    nameRequired,
                    contactRequired,
                    desiredChangeRequired,
                    writtenOnly,
                    complainantRoles,
                    categories,
                    escalationOffered,
                    Map.of(),
                    Map.of(),
                    Map.of());
        }
    }
}
