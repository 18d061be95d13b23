package no.klagesak.routing.assignment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Organisation.Person;
import no.klagesak.contracts.tenant.Routine;
import org.jspecify.annotations.Nullable;

/**
 * Who handles a complaint, by ordered rules, with the reason in words a manager understands. Pure: the same complaint,
 * routine and organisation give the same decision.
 *
 * <ol>
 *   <li>A whistleblowing report goes to the designated receivers.
 *   <li>A complaint that concerns a person goes to that person's line manager.
 *   <li>One that concerns the complainant's nearest superior goes one level up (routine 001).
 *   <li>One addressed to a chosen receiver goes to that receiver (routine 003).
 *   <li>One about a unit goes to the unit's leader.
 *   <li>Otherwise the tenant's default receiver, which may be the management meeting's triage queue (routine 002).
 * </ol>
 *
 * A person the complaint concerns is never assigned it, at any level; someone who has left is passed over for their
 * own line manager. A whistleblowing report that concerns a designated receiver or the managing director goes to the
 * routine's alternative receiver (aml. § 2 A-6), or the board's contact where the routine names none. When no one is
 * left, the managing director takes it, or the alternative receiver when it concerns the managing director.
 */
public final class Router {

    private Router() {}

    /**
     * What the complaint says about itself that routing reads.
     *
     * @param alsoConcerned people the case concerns beyond what it says itself: those of the report a retaliation
     *     report follows (aml. § 2 A-4), who may no more handle this one than the first
     * @param concernsManagingDirector the complainant said it concerns the managing director
     * @param complainantUnit the unit the complainant said they belong to: its leader is their nearest leader
     * @param concernsOther what it concerns when no one can be looked up (contracts' {@code RoutingHints}: {@code
     *     BOARD_MEMBER}, {@code OUTSIDE}, {@code UNKNOWN_PERSON})
     */
    public record Request(
            Routine.Track track,
            boolean concernsLineManager,
            @Nullable String concernsPerson,
            @Nullable String concernsUnit,
            @Nullable String chosenReceiver,
            Set<String> alsoConcerned,
            boolean concernsManagingDirector,
            @Nullable String complainantUnit,
            @Nullable String concernsOther) {

        public Request {
            alsoConcerned = Set.copyOf(alsoConcerned);
        }

        public Request(
                Routine.Track track,
                boolean concernsLineManager,
                @Nullable String concernsPerson,
                @Nullable String concernsUnit,
                @Nullable String chosenReceiver,
                Set<String> alsoConcerned,
                boolean concernsManagingDirector) {
            this(
                    track,
                    concernsLineManager,
                    concernsPerson,
                    concernsUnit,
                    chosenReceiver,
                    alsoConcerned,
                    concernsManagingDirector,
                    null,
                    null);
        }

        public Request(
                Routine.Track track,
                boolean concernsLineManager,
                @Nullable String concernsPerson,
                @Nullable String concernsUnit,
                @Nullable String chosenReceiver,
                Set<String> alsoConcerned) {
            this(track, concernsLineManager, concernsPerson, concernsUnit, chosenReceiver, alsoConcerned, false);
        }

        public Request(
                Routine.Track track,
                boolean concernsLineManager,
                @Nullable String concernsPerson,
                @Nullable String concernsUnit,
                @Nullable String chosenReceiver) {
            this(track, concernsLineManager, concernsPerson, concernsUnit, chosenReceiver, Set.of());
        }

        public static Request plain(Routine.Track track, boolean concernsLineManager) {
            return new Request(track, concernsLineManager, null, null, null);
        }
    }

    /**
     * The outcome: a handler (none while the case waits in the management group's queue), the rule that chose them,
     * why, and the people the complaint concerns, who may never handle or see it.
     */
    public record Decision(@Nullable Person handler, HandlerLevel level, String explanation, Set<String> concerned) {

        public Decision {
            concerned = Set.copyOf(concerned);
        }

        /** The user name the handler logs in with; a person without a login is named by their id. */
        public @Nullable String username() {
            return handler == null ? null : handler.username() != null ? handler.username() : handler.id();
        }
    }

    public static Decision route(Routine routine, Organisation organisation, Request request) {
        Decision decision = new Routing(routine, organisation, request).decide();
        String note = request.concernsOther() == null
                ? null
                : switch (request.concernsOther()) {
                    case "BOARD_MEMBER" -> "Gjelder et styremedlem: holdt unna styrets kontakt.";
                    case "OUTSIDE" -> "Gjelder noen utenfor bedriften.";
                    case "UNKNOWN_PERSON" ->
                        "Klageren nevner en person som ikke finnes entydig i organisasjonen:"
                                + " mottakeren avgjør hvem saken gjelder.";
                    default -> null;
                };
        return note == null
                ? decision
                : new Decision(
                        decision.handler(),
                        decision.level(),
                        decision.explanation() + " " + note,
                        decision.concerned());
    }

    /** One routing decision under way: the concerned people and the notes on whom it passed over. */
    private static final class Routing {

        private final Routine routine;
        private final Organisation organisation;
        private final Request request;
        private final Set<String> concerned = new LinkedHashSet<>();
        private final List<String> passedOver = new ArrayList<>();

        Routing(Routine routine, Organisation organisation, Request request) {
            this.routine = routine;
            this.organisation = organisation;
            this.request = request;
            if (request.concernsPerson() != null) concerned.add(request.concernsPerson());
            String director = organisation.managingDirector();
            if (request.concernsManagingDirector() && director != null && !director.isBlank()) concerned.add(director);
            if (request.concernsLineManager()) nearestSuperior().ifPresent(p -> concerned.add(p.id()));
            concerned.addAll(request.alsoConcerned());
            String board = organisation.boardContact();
            // Which member is not said: the board's contact may be the one.
            if ("BOARD_MEMBER".equals(request.concernsOther()) && board != null && !board.isBlank()) {
                concerned.add(board);
            }
        }

        Decision decide() {
            if (request.track() == Routine.Track.WHISTLEBLOWING) return whistleblowing();
            Optional<Person> aboutPerson = Optional.ofNullable(request.concernsPerson())
                    .or(() -> request.concernsManagingDirector()
                            ? Optional.ofNullable(organisation.managingDirector())
                            : Optional.empty())
                    .flatMap(organisation::person);
            if (aboutPerson.isPresent()) {
                Person person = aboutPerson.get();
                return above(person)
                        .map(manager -> decided(
                                manager,
                                HandlerLevel.CONCERNED_PERSONS_MANAGER,
                                "Gjelder " + described(person) + ": sendt til nærmeste leder " + manager.name() + "."))
                        .orElseGet(() -> fallback("Gjelder " + described(person) + ", som ingen leder står over."));
            }
            if (request.concernsLineManager()) {
                Optional<Person> nearest = nearestSuperior();
                if (nearest.isPresent()) {
                    return above(nearest.get())
                            .map(up -> decided(
                                    up,
                                    HandlerLevel.ONE_LEVEL_UP,
                                    "Gjelder klagerens nærmeste leder "
                                            + nearest.get().name() + ": sendt ett nivå opp til " + up.name() + "."))
                            .orElseGet(() -> fallback("Gjelder klagerens nærmeste leder "
                                    + nearest.get().name() + "."));
                }
            }
            if (request.chosenReceiver() != null) {
                Optional<Person> chosen = organisation.person(request.chosenReceiver());
                if (chosen.isPresent() && available(chosen.get())) {
                    return decided(
                            chosen.get(),
                            HandlerLevel.CHOSEN_RECEIVER,
                            "Klageren valgte " + described(chosen.get()) + " som mottaker.");
                }
                chosen.ifPresent(p -> passedOver.add(p.name() + (p.active() ? " gjelder saken" : " har sluttet")));
            }
            if (request.concernsUnit() != null) {
                var unit = organisation.unit(request.concernsUnit());
                if (unit.isPresent()) {
                    return lead(unit.get())
                            .map(leader -> decided(
                                    leader,
                                    HandlerLevel.UNIT_LEADER,
                                    "Gjelder " + unit.get().name() + ": sendt til lederen der, " + leader.name() + "."))
                            .orElseGet(
                                    () -> fallback("Gjelder " + unit.get().name() + ", som ingen kan lede saken i."));
                }
            }
            return byDefault();
        }

        private Decision whistleblowing() {
            // A report about a receiver or the top leader goes where the routine says such reports go.
            List<String> aboutReceivers = new ArrayList<>(routine.receivers().whistleblowingReceivers());
            aboutReceivers.add(organisation.managingDirector());
            List<String> about = aboutReceivers.stream()
                    .filter(concerned::contains)
                    .distinct()
                    .flatMap(id -> organisation.person(id).stream())
                    .map(Person::name)
                    .toList();
            if (!about.isEmpty()) {
                Optional<Person> alternative = alternativeReceiver();
                if (alternative.isPresent()) {
                    return decided(
                            alternative.get(),
                            HandlerLevel.ALTERNATIVE_RECEIVER,
                            "Varselet gjelder " + String.join(" og ", about)
                                    + ": sendt til " + alternative.get().name()
                                    + ", som rutinen peker ut for varsler om varslingsmottakere og daglig leder.");
                }
            }
            for (String id : routine.receivers().whistleblowingReceivers()) {
                Optional<Person> receiver = organisation.person(id);
                if (receiver.isPresent() && available(receiver.get())) {
                    return decided(
                            receiver.get(),
                            HandlerLevel.WHISTLEBLOWING_RECEIVER,
                            "Varsel: sendt til varslingsmottaker "
                                    + receiver.get().name() + ".");
                }
                receiver.ifPresent(p -> passedOver.add(
                        "varslingsmottaker " + p.name() + (p.active() ? " gjelder saken" : " har sluttet")));
            }
            return fallback("Varsel uten en varslingsmottaker som kan ta det.");
        }

        private Decision byDefault() {
            var receiver = routine.receivers().defaultReceiver();
            return switch (receiver.kind()) {
                case PERSON -> {
                    Optional<Person> person = organisation.person(receiver.ref());
                    if (person.isPresent() && available(person.get())) {
                        yield decided(
                                person.get(),
                                HandlerLevel.LINE_MANAGER,
                                "Sendt til den som tar imot klager, "
                                        + person.get().name() + ".");
                    }
                    person.ifPresent(this::passOver);
                    yield person.flatMap(this::above)
                            .map(up -> decided(
                                    up,
                                    HandlerLevel.LINE_MANAGER,
                                    "Sendt til " + up.name() + " i stedet for den som tar imot klager."))
                            .orElseGet(() -> fallback("Ingen som tar imot klager, kan ta saken."));
                }
                case UNIT_LEADER -> {
                    var unit = organisation.unit(receiver.ref());
                    yield unit.flatMap(this::lead)
                            .map(leader -> decided(
                                    leader,
                                    HandlerLevel.LINE_MANAGER,
                                    "Sendt til lederen for " + unit.get().name() + ", " + leader.name() + "."))
                            .orElseGet(() -> fallback("Ingen leder for enheten som tar imot klager, kan ta saken."));
                }
                case MANAGEMENT_MEETING ->
                    new Decision(
                            null,
                            HandlerLevel.MANAGEMENT_TRIAGE,
                            notes() + "Ledermøtet fordeler saken: den venter i ledergruppens kø.",
                            concerned);
            };
        }

        /**
         * No one by the rules: the managing director, or, when it concerns the director, the routine's alternative
         * receiver or the board's contact.
         */
        private Decision fallback(String why) {
            Optional<Person> director = organisation.person(organisation.managingDirector());
            if (director.isPresent() && available(director.get())) {
                return decided(
                        director.get(),
                        HandlerLevel.MANAGING_DIRECTOR,
                        why + " Ingen andre kan behandle den: sendt til daglig leder "
                                + director.get().name() + ".");
            }
            String whyNotDirector = director.isPresent() && !director.get().active()
                    ? " Daglig leder har sluttet"
                    : " Saken gjelder daglig leder";
            Optional<Person> alternative = alternativeReceiver();
            if (alternative.isPresent()) {
                boolean board = alternative.get().id().equals(organisation.boardContact());
                return decided(
                        alternative.get(),
                        board ? HandlerLevel.BOARD_CONTACT : HandlerLevel.ALTERNATIVE_RECEIVER,
                        why + whyNotDirector + ": sendt til "
                                + (board ? "styrets kontakt " : "")
                                + alternative.get().name() + ".");
            }
            throw new IllegalStateException("No one in the organisation may handle this complaint");
        }

        /**
         * The routine's receiver for what concerns a receiver or the director, else the board's contact: someone who
         * can log in to read it, or the case would wait where no one finds it.
         */
        private Optional<Person> alternativeReceiver() {
            String named = routine.receivers().alternativeReceiver();
            return Optional.ofNullable(named)
                    .flatMap(organisation::person)
                    .filter(this::availableWithLogin)
                    .or(() -> organisation.person(organisation.boardContact()).filter(this::availableWithLogin));
        }

        private boolean availableWithLogin(Person person) {
            return available(person) && person.hasLogin();
        }

        private Decision decided(Person handler, HandlerLevel level, String explanation) {
            HandlerLevel placed = handler.id().equals(organisation.managingDirector())
                            && level != HandlerLevel.WHISTLEBLOWING_RECEIVER
                            && level != HandlerLevel.CHOSEN_RECEIVER
                    ? HandlerLevel.MANAGING_DIRECTOR
                    : level;
            return new Decision(handler, placed, notes() + explanation, concerned);
        }

        private String notes() {
            return passedOver.isEmpty() ? "" : capitalized(String.join(", ", passedOver)) + ". ";
        }

        /** The first one above in the line who may handle it, passing over people who left or are concerned. */
        private Optional<Person> above(Person person) {
            String next = person.lineManagerId();
            for (int depth = 0; next != null && depth < 50; depth++) {
                Optional<Person> manager = organisation.person(next);
                if (manager.isEmpty()) return Optional.empty();
                if (available(manager.get())) return manager;
                passOver(manager.get());
                next = manager.get().lineManagerId();
            }
            return Optional.empty();
        }

        /** A unit's leader, or the first one above them who may handle it. */
        private Optional<Person> lead(Organisation.Unit unit) {
            Optional<Person> leader = Optional.ofNullable(unit.leaderId()).flatMap(organisation::person);
            if (leader.isEmpty()) return Optional.empty();
            if (available(leader.get())) return leader;
            passOver(leader.get());
            return above(leader.get());
        }

        private void passOver(Person person) {
            passedOver.add(person.name() + (person.active() ? " gjelder saken" : " har sluttet"));
        }

        /**
         * The complainant's nearest superior: the leader of the unit they said they belong to, else the person the
         * tenant's complaints go to by default.
         */
        private Optional<Person> nearestSuperior() {
            Optional<Person> ownLeader = Optional.ofNullable(request.complainantUnit())
                    .flatMap(organisation::unit)
                    .map(Organisation.Unit::leaderId)
                    .flatMap(organisation::person);
            if (ownLeader.isPresent()) return ownLeader;
            var receiver = routine.receivers().defaultReceiver();
            return switch (receiver.kind()) {
                case PERSON -> organisation.person(receiver.ref());
                case UNIT_LEADER ->
                    organisation
                            .unit(receiver.ref())
                            .map(Organisation.Unit::leaderId)
                            .flatMap(organisation::person);
                case MANAGEMENT_MEETING -> Optional.empty();
            };
        }

        private boolean available(Person person) {
            return person.active() && !concerned.contains(person.id());
        }

        /** "Kari (arbeidsleder, Verkstedet)". */
        private String described(Person person) {
            List<String> about = new ArrayList<>();
            if (person.title() != null && !person.title().isBlank())
                about.add(person.title().toLowerCase(Locale.ROOT));
            Optional.ofNullable(person.unitId()).flatMap(organisation::unit).ifPresent(u -> about.add(u.name()));
            return about.isEmpty() ? person.name() : person.name() + " (" + String.join(", ", about) + ")";
        }

        private static String capitalized(String text) {
            return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
    }
}
