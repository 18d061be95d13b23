package no.klagesak.support.test;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.klagesak.contracts.CloudEventHeaders;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.EventJson;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.contracts.Topics;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.RoutineVersion;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Tenants for the services' tests, published on the tenant topic the way the tenant service does. Fjordvekst: 14 days,
 * anonymous complaints received; Lysheim: 4 weeks, anonymous refused, with a whistleblowing category. In both, the
 * handler ({@code <tenant>-handler}) is the default receiver and reports to the director ({@code <tenant>-director}).
 */
public final class TestTenants {

    public static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");

    private TestTenants() {}

    public static TenantSnapshot fjordvekst() {
        return snapshot("fjordvekst", "Fjordvekst AS", 1, List.of(version(1, "Fjordvekst AS", true, 14)));
    }

    public static TenantSnapshot lysheim() {
        Routine routine = routine("Lysheim Arbeid og Inkludering", false, 28);
        return snapshot(
                "lysheim",
                "Lysheim Arbeid og Inkludering",
                1,
                List.of(new RoutineVersion(1, SINCE, "test", List.of(), routine)));
    }

    /** A new revision of a snapshot with one more routine version that has another handling time. */
    public static TenantSnapshot withHandlingDays(TenantSnapshot tenant, int days, Instant validFrom) {
        var current = tenant.current();
        var deadlines = current.routine().deadlines();
        var changed = current.routine()
                .withDeadlines(new Routine.Deadlines(
                        new Routine.TrackDeadlines(
                                deadlines.complaint().acknowledgement(),
                                new Routine.Span(days, Routine.SpanUnit.DAYS),
                                List.of()),
                        deadlines.whistleblowing()));
        var versions = new java.util.ArrayList<>(tenant.routines());
        versions.add(new RoutineVersion(current.version() + 1, validFrom, "test", List.of(), changed));
        return snapshot(tenant.tenantId(), tenant.name(), tenant.revision() + 1, versions);
    }

    public static RoutineVersion version(int number, String name, boolean anonymousAllowed, int handlingDays) {
        return new RoutineVersion(number, SINCE, "test", List.of(), routine(name, anonymousAllowed, handlingDays));
    }

    public static Routine routine(String name, boolean anonymousAllowed, int handlingDays) {
        var names = new Routine.Names("Oppfølging", "Oppfølging", "Follow-up");
        return new Routine(
                new Routine.WhoMayComplain(
                        List.of(Routine.ComplainantType.PARTICIPANT, Routine.ComplainantType.EMPLOYEE),
                        anonymousAllowed,
                        false,
                        false,
                        false,
                        false,
                        false),
                List.of(
                        new Routine.Category("FOLLOW_UP", names, Routine.Track.COMPLAINT, false),
                        new Routine.Category(
                                "HARASSMENT",
                                new Routine.Names("Trakassering", "Trakassering", "Harassment"),
                                Routine.Track.WHISTLEBLOWING,
                                false),
                        new Routine.Category(
                                "RETIRED_TOPIC",
                                new Routine.Names("Gammel", "Gammal", "Old"),
                                Routine.Track.COMPLAINT,
                                true)),
                new Routine.Receivers(
                        new Routine.DefaultReceiver(Routine.ReceiverKind.PERSON, "handler"),
                        false,
                        List.of("director")),
                new Routine.Deadlines(
                        new Routine.TrackDeadlines(
                                new Routine.Span(3, Routine.SpanUnit.DAYS),
                                new Routine.Span(handlingDays, Routine.SpanUnit.DAYS),
                                List.of(3)),
                        new Routine.TrackDeadlines(
                                new Routine.Span(7, Routine.SpanUnit.DAYS),
                                new Routine.Span(3, Routine.SpanUnit.MONTHS),
                                List.of())),
                new Routine.Notices(Routine.DirectorNotice.IMMEDIATE, false, true, true, false),
                new Routine.Presentation(name, Routine.Presentation.prefixFor(name), List.of(), "", ""),
                new Routine.Retention(false, 5, 10));
    }

    /** A tenant with the test organisation: a director and a handler who reports to the director. */
    public static TenantSnapshot snapshot(String id, String name, long revision, List<RoutineVersion> versions) {
        var organisation = new Organisation(
                List.of(new Organisation.Unit("root", name, null, "director")),
                List.of(
                        new Organisation.Person(
                                "director",
                                "Dagny",
                                "director@" + id + ".example",
                                id + "-director",
                                null,
                                "root",
                                null,
                                true),
                        new Organisation.Person(
                                "handler",
                                "Henrik",
                                "handler@" + id + ".example",
                                id + "-handler",
                                null,
                                "root",
                                "director",
                                true)),
                "director",
                List.of("director"),
                "");
        return new TenantSnapshot(id, name, revision, true, versions, organisation);
    }

    /** Publishes snapshots on the tenant topic, keyed by tenant id, with the CloudEvents headers. */
    public static void publish(String bootstrapServers, TenantSnapshot... snapshots) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class);
        try (var producer = new KafkaProducer<String, String>(config)) {
            for (TenantSnapshot snapshot : snapshots) {
                var envelope = EventEnvelope.ofTenant(snapshot.tenantId(), Instant.now(), snapshot);
                var record = new ProducerRecord<>(Topics.TENANTS, snapshot.tenantId(), EventJson.write(envelope));
                record.headers().add(CloudEventHeaders.TYPE, TenantSnapshot.TYPE.getBytes(UTF_8));
                record.headers()
                        .add(CloudEventHeaders.TENANT_ID, snapshot.tenantId().getBytes(UTF_8));
                producer.send(record);
            }
            producer.flush();
        }
    }
}
