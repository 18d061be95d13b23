package no.klagesak.routing.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Organisation.Person;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.Routine.Span;

/** Who handles a complaint and by when. Pure: the same complaint, routine and organisation give the same answer. */
public final class RoutingPolicy {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private RoutingPolicy() {}

    /** A handler and where they sit. */
    public record Handler(String username, HandlerLevel level) {}

    /**
     * Whistleblowing reports go to the first designated receiver; other complaints to the default receiver, or one
     * level up when they concern that person, or to the managing director when there is no one else.
     */
    public static Handler handlerFor(
            Routine routine, Organisation organisation, Routine.Track track, boolean concernsLineManager) {
        if (track == Routine.Track.WHISTLEBLOWING) {
            Optional<Person> receiver = routine.receivers().whistleblowingReceivers().stream()
                    .flatMap(id -> active(organisation, id).stream())
                    .findFirst();
            if (receiver.isPresent()) return new Handler(login(receiver.get()), HandlerLevel.WHISTLEBLOWING_RECEIVER);
        }
        Person director = organisation
                .person(organisation.managingDirector())
                .orElseThrow(() -> new IllegalStateException("The organisation has no managing director"));
        Optional<Person> receiver = defaultReceiver(routine, organisation);
        if (receiver.isEmpty() || receiver.get().id().equals(director.id())) {
            return new Handler(login(director), HandlerLevel.MANAGING_DIRECTOR);
        }
        if (!concernsLineManager) return new Handler(login(receiver.get()), HandlerLevel.LINE_MANAGER);
        Optional<Person> above =
                Optional.ofNullable(receiver.get().lineManagerId()).flatMap(id -> active(organisation, id));
        if (above.isEmpty() || above.get().id().equals(director.id())) {
            return new Handler(login(director), HandlerLevel.MANAGING_DIRECTOR);
        }
        return new Handler(login(above.get()), HandlerLevel.ONE_LEVEL_UP);
    }

    private static Optional<Person> defaultReceiver(Routine routine, Organisation organisation) {
        var receiver = routine.receivers().defaultReceiver();
        return switch (receiver.kind()) {
            case PERSON -> active(organisation, receiver.ref());
            case UNIT_LEADER ->
                organisation
                        .unit(receiver.ref())
                        .map(Organisation.Unit::leaderId)
                        .flatMap(id -> active(organisation, id));
            // The triage queue of the management meeting comes with the case workflow; until then the director holds
            // it.
            case MANAGEMENT_MEETING -> Optional.empty();
        };
    }

    private static Optional<Person> active(Organisation organisation, String id) {
        return organisation.person(id).filter(Person::active);
    }

    /** The user name a handler logs in with; a person without a login is named by their id. */
    private static String login(Person person) {
        return person.username() != null ? person.username() : person.id();
    }

    /** The date the answer is due: the day of receipt in Oslo plus the handling time of the routine version. */
    public static LocalDate deadline(Instant receivedAt, Span handling) {
        LocalDate received = LocalDate.ofInstant(receivedAt, OSLO);
        return switch (handling.unit()) {
            case DAYS -> received.plusDays(handling.amount());
            case WORKING_DAYS -> WorkingDays.plus(received, handling.amount());
            case WEEKS -> received.plusWeeks(handling.amount());
            case MONTHS -> received.plusMonths(handling.amount());
        };
    }

    public static int handlingTimeDays(Instant receivedAt, LocalDate deadline) {
        return (int) ChronoUnit.DAYS.between(LocalDate.ofInstant(receivedAt, OSLO), deadline);
    }
}
