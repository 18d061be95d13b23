package no.klagesak.tenants.tenant;

import java.time.Instant;
import java.util.List;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Organisation.Person;
import no.klagesak.contracts.tenant.Organisation.Unit;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.Template;

/**
 * The two fictional demo tenants, created as data the first time the platform starts. Their people are the demo users
 * of the local Keycloak realm. Fjordvekst: template 001 with 14 days; Lysheim: template 004 with 4 weeks.
 */
public final class DemoTenants {

    private DemoTenants() {}

    public static List<Tenant> all(Instant at) {
        return List.of(fjordvekst(at), lysheim(at));
    }

    static Tenant fjordvekst(Instant at) {
        var organisation = organisation("fjordvekst", "Fjordvekst AS", "Verkstedet", "fjordvekst.example");
        Routine routine = Template.ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS.routine("Fjordvekst AS", "fjordvekst-handler");
        routine = routine.withDeadlines(new Routine.Deadlines(
                new Routine.TrackDeadlines(
                        new Routine.Span(3, Routine.SpanUnit.WORKING_DAYS),
                        new Routine.Span(14, Routine.SpanUnit.DAYS),
                        List.of(3)),
                routine.deadlines().whistleblowing()));
        // Many of Fjordvekst's participants read Ukrainian, Arabic, Somali or Polish better than Norwegian.
        var presentation = prefixed(routine.presentation(), "FJV");
        routine = routine.withPresentation(new Routine.Presentation(
                presentation.displayName(),
                presentation.referencePrefix(),
                List.of("uk", "ar", "so", "pl"),
                presentation.logoUrl(),
                presentation.contactText()));
        return Tenant.onboard(
                "fjordvekst",
                "Fjordvekst AS",
                Template.ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS,
                "fjordvekst-admin@fjordvekst.example",
                organisation,
                routine,
                "demo",
                at);
    }

    static Tenant lysheim(Instant at) {
        var organisation =
                organisation("lysheim", "Lysheim Arbeid og Inkludering", "Arbeidstrening", "lysheim.example");
        Routine routine = Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS.routine(
                "Lysheim Arbeid og Inkludering", "lysheim-handler");
        routine = routine.withReceivers(new Routine.Receivers(
                        routine.receivers().defaultReceiver(), false, List.of("lysheim-director")))
                .withDeadlines(new Routine.Deadlines(
                        new Routine.TrackDeadlines(
                                new Routine.Span(5, Routine.SpanUnit.WORKING_DAYS),
                                new Routine.Span(4, Routine.SpanUnit.WEEKS),
                                List.of(7, 2)),
                        routine.deadlines().whistleblowing()));
        routine = routine.withPresentation(prefixed(routine.presentation(), "LAI"));
        return Tenant.onboard(
                "lysheim",
                "Lysheim Arbeid og Inkludering",
                Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS,
                "lysheim-admin@lysheim.example",
                organisation,
                routine,
                "demo",
                at);
    }

    /**
     * One company, one workshop unit; the person ids are the demo user names. The handler leads the unit and reports to
     * the managing director.
     */
    private static Organisation organisation(String alias, String company, String workshop, String domain) {
        String director = alias + "-director";
        String handler = alias + "-handler";
        List<Person> people = List.of(
                person(director, "Dagny Daglig", domain, "Daglig leder", alias + "-root", null),
                person(handler, "Henrik Håndterer", domain, "Arbeidsleder", alias + "-workshop", director),
                person(alias + "-management", "Marte Ledergruppe", domain, "Avdelingsleder", alias + "-root", director),
                person(alias + "-receiver", "Rune Mottak", domain, "Veileder", alias + "-workshop", handler)
                        .withRoles(List.of(Person.RECEIVER)),
                person(alias + "-board", "Berit Styreleder", domain, "Styreleder", null, null),
                person(alias + "-admin", "Anne Admin", domain, "Kvalitetsleder", alias + "-root", director)
                        .withRoles(List.of(Person.ADMIN)));
        return new Organisation(
                List.of(
                        new Unit(alias + "-root", company, null, director),
                        new Unit(alias + "-workshop", workshop, alias + "-root", handler)),
                people,
                director,
                List.of(director, alias + "-management"),
                alias + "-board");
    }

    private static Routine.Presentation prefixed(Routine.Presentation p, String prefix) {
        return new Routine.Presentation(p.displayName(), prefix, p.extraLanguages(), p.logoUrl(), p.contactText());
    }

    private static Person person(
            String username, String name, String domain, String title, String unit, String lineManager) {
        return new Person(username, name, username + "@" + domain, username, title, unit, lineManager, true);
    }
}
