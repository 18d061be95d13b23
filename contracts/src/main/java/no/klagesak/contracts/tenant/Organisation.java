package no.klagesak.contracts.tenant;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's organisation: units in a tree, people with their line manager, the managing director, the management
 * group and the board's contact, who receives a complaint about the managing director.
 *
 * @param managingDirector person id of the daglig leder
 * @param managementGroup person ids of the management group (ledergruppa)
 * @param boardContact person id of the board's contact, usually the chair; may be empty
 */
public record Organisation(
        List<Unit> units,
        List<Person> people,
        String managingDirector,
        List<String> managementGroup,
        String boardContact) {

    public Organisation {
        units = List.copyOf(units);
        people = List.copyOf(people);
        managementGroup = List.copyOf(managementGroup);
    }

    public Optional<Person> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Unit> unit(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    public Organisation withUnits(List<Unit> value) {
        return new Organisation(value, people, managingDirector, managementGroup, boardContact);
    }

    public Organisation withPeople(List<Person> value) {
        return new Organisation(units, value, managingDirector, managementGroup, boardContact);
    }

    /** A unit of the tree; the root has no parent. */
    public record Unit(
            String id,
            String name,
            @Nullable String parentId,
            @Nullable String leaderId) {}

    /**
     * A person in the organisation. Someone who left is kept, inactive, so their history stays readable; they get no
     * new cases.
     *
     * @param username their Keycloak user name, when they have a login
     * @param language the language of the platform's e-mails to them ({@code nb}, {@code nn} or {@code en}); absent for
     *     Bokmål
     * @param roles the roles the admin gave them besides those their place gives ({@link #ADMIN}, {@link #RECEIVER},
     *     {@link #HANDLER}, {@link #BOARD}, {@link #CONTACT}); the identity provider's roles of their login follow both
     */
    public record Person(
            String id,
            String name,
            String email,
            @Nullable String username,
            @Nullable String title,
            @Nullable String unitId,
            @Nullable String lineManagerId,
            boolean active,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            String language,

            @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable
            List<String> roles) {

        /** Administers the tenant: routine, organisation, texts, exports. */
        public static final String ADMIN = "tenant-admin";
        /** Receives and registers complaints. */
        public static final String RECEIVER = "receiver";
        /** Handles cases, without leading a unit. */
        public static final String HANDLER = "handler";
        /** A member of the board: sees the figures. */
        public static final String BOARD = "board";
        /**
         * A contact person (routine {@code 003}: "nærmeste overordnede/ansvarlig kontaktperson"): a complainant may choose
         * to send the complaint to them, and they handle it. Not a role of the login itself.
         */
        public static final String CONTACT = "contact-person";
        /** The roles an admin may give; the others follow from a person's place. */
        public static final List<String> GIVEN = List.of(ADMIN, RECEIVER, HANDLER, BOARD, CONTACT);

        public Person {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        /** A person with roles only from their place. */
        public Person(
                String id,
                String name,
                String email,
                @Nullable String username,
                @Nullable String title,
                @Nullable String unitId,
                @Nullable String lineManagerId,
                boolean active,
                @Nullable String language) {
            this(id, name, email, username, title, unitId, lineManagerId, active, language, List.of());
        }

        /** A person whose e-mails from the platform are in Bokmål. */
        public Person(
                String id,
                String name,
                String email,
                @Nullable String username,
                @Nullable String title,
                @Nullable String unitId,
                @Nullable String lineManagerId,
                boolean active) {
            this(id, name, email, username, title, unitId, lineManagerId, active, null, List.of());
        }

        public Person withActive(boolean value) {
            return new Person(id, name, email, username, title, unitId, lineManagerId, value, language, roles);
        }

        public Person withRoles(List<String> value) {
            return new Person(id, name, email, username, title, unitId, lineManagerId, active, language, value);
        }

        public boolean has(String role) {
            return roles.contains(role);
        }

        /** Whether they have a login: a user name in the identity provider. */
        public boolean hasLogin() {
            return username != null && !username.isBlank();
        }

        /** The language of the platform's e-mails to this person: {@code nb}, {@code nn} or {@code en}. */
        public String languageOrDefault() {
            return language == null || !Set.of("nb", "nn", "en").contains(language) ? "nb" : language;
        }
    }
}
