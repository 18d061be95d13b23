package no.klagesak.reporting.statistics.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import no.klagesak.contracts.CaseChanged;
import no.klagesak.contracts.ComplaintAssigned;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.EventJson;
import no.klagesak.contracts.SatisfactionAnswered;
import no.klagesak.reporting.statistics.CountingComplaints;
import no.klagesak.reporting.statistics.Dashboard;
import no.klagesak.reporting.statistics.RecordingEvents;
import no.klagesak.reporting.statistics.RollingUp;
import no.klagesak.reporting.statistics.messaging.Rebuilding;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The rebuild of the README against a real broker (embedded, KRaft) and the real store (the Mongo-compatible server),
 * each test with a topic and a database of its own. Retention is played by {@code Admin.deleteRecords}, which moves a
 * partition's start exactly as retention does. Facts are recorded as the live consumer records them; the board's
 * figures are the dashboard as its endpoint computes it from the rollups.
 */
@EmbeddedKafka(partitions = 3)
class RebuildingTest {

    private static final String TENANT = "fjordvekst";
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final Instant LAST_YEAR = Instant.parse("2025-03-10T09:00:00Z");
    private static final Instant THIS_MONTH = Instant.parse("2026-11-20T09:00:00Z");

    private static MongoServer server;
    private static MongoClient client;

    private final String topic = "complaint-events-" + UUID.randomUUID();
    private Admin admin;
    private KafkaProducer<String, String> producer;
    private MongoTemplate mongo;
    private MongoRollups rollups;
    private MongoFacts facts;
    private RecordingEvents recording;
    private RollingUp rollingUp;
    private Rebuilding rebuilding;

    @BeforeAll
    static void startStore() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    @AfterAll
    static void stopStore() {
        client.close();
        server.shutdown();
    }

    @BeforeEach
    void topicAndStore(EmbeddedKafkaBroker broker) throws Exception {
        String kafka = broker.getBrokersAsString();
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka));
        admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class));
        mongo = new MongoTemplate(client, "reporting-" + UUID.randomUUID());
        rollups = new MongoRollups(mongo, Clock.systemUTC());
        facts = new MongoFacts(mongo, rollups);
        var surveys = new MongoSurveyAnswers(mongo, rollups);
        recording = new RecordingEvents(new CountingComplaints(facts), surveys, facts);
        rollingUp = new RollingUp(facts, surveys, rollups);
        rebuilding = new Rebuilding(recording, facts, rollingUp, Clock.systemUTC(), kafka, topic);
    }

    @AfterEach
    void close() {
        producer.close();
        admin.close();
    }

    @Test
    void a_rebuild_is_refused_and_changes_nothing_once_retention_has_deleted_complaints_the_statistics_hold()
            throws Exception {
        List<EventEnvelope> lastYear = new ArrayList<>();
        for (int i = 0; i < 6; i++) lastYear.addAll(complaint(LAST_YEAR.plusSeconds(86_400L * i), "UPHELD"));
        lastYear.add(answer("2025-03"));
        countedLive(lastYear);
        Map<TopicPartition, Long> endOfLastYear = ends();
        List<EventEnvelope> recent = new ArrayList<>(complaint(THIS_MONTH, "NOT_UPHELD"));
        recent.addAll(complaint(THIS_MONTH.plusSeconds(3600), null));
        countedLive(recent);
        rollingUp.all();
        // Retention: everything published before this year's complaints is gone.
        deleteBefore(endOfLastYear);
        Map<String, List<Document>> stored = stored();
        Dashboard figures = dashboard(2026);
        assertThat(figures.previous().total()).as("last year's board figures").isEqualTo(6);

        var outcome = rebuilding.run();

        assertThat(outcome).isInstanceOf(Rebuilding.Refused.class);
        assertThat(((Rebuilding.Refused) outcome).reason())
                .contains("6 of the 8 complaints the statistics hold are no longer on the topic")
                .contains("received 2025-03-10 to 2025-03-15")
                .contains("Nothing was changed")
                .contains("--rollups-only");
        assertThat(stored()).as("facts, answers and rollups as they were").isEqualTo(stored);
        assertThat(dashboard(2026)).isEqualTo(figures);
    }

    @Test
    void a_rebuild_from_a_topic_that_reaches_back_renews_every_fact_and_the_board_sees_the_same_figures()
            throws Exception {
        List<EventEnvelope> events = new ArrayList<>();
        for (int i = 0; i < 4; i++) events.addAll(complaint(LAST_YEAR.plusSeconds(86_400L * i), "PARTLY_UPHELD"));
        List<EventEnvelope> open = complaint(THIS_MONTH, null);
        events.addAll(open);
        events.add(answer("2026-11"));
        countedLive(events);
        rollingUp.all();
        Dashboard lastYear = dashboard(2025);
        Dashboard thisYear = dashboard(2026);
        // A fact as an older version might have recorded it: the rebuild is there to put such a thing right.
        String complaintId = open.getFirst().complaintId();
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(complaintId)),
                new Update().set("category", "OLD_NAME").unset("deadline"),
                "complaint_facts");
        rollingUp.everything(Instant.now());
        assertThat(dashboard(2026)).as("the altered fact shows").isNotEqualTo(thisYear);

        var outcome = rebuilding.run();

        assertThat(outcome).isInstanceOf(Rebuilding.Rebuilt.class);
        assertThat(((Rebuilding.Rebuilt) outcome).events()).isEqualTo(events.size());
        assertThat(dashboard(2025)).isEqualTo(lastYear);
        assertThat(dashboard(2026)).isEqualTo(thisYear);
        var fact = mongo.findById(complaintId, Document.class, "complaint_facts");
        assertThat(fact.getString("category")).isEqualTo("FOLLOW_UP");
        assertThat(fact.getString("deadline"))
                .as("set again by the assignment after the redelivered receipt")
                .isNotNull();
    }

    @Test
    void records_deleted_before_the_statistics_began_do_not_stop_a_rebuild() throws Exception {
        // Published before reporting counted anything, and gone: the statistics never held these.
        complaint(LAST_YEAR, "UPHELD").forEach(this::publish);
        producer.flush();
        deleteBefore(ends());
        List<EventEnvelope> counted = complaint(THIS_MONTH, "UPHELD");
        countedLive(counted);
        rollingUp.all();
        Dashboard figures = dashboard(2026);

        var outcome = rebuilding.run();

        assertThat(outcome).isInstanceOf(Rebuilding.Rebuilt.class);
        assertThat(((Rebuilding.Rebuilt) outcome).events()).isEqualTo(counted.size());
        assertThat(dashboard(2026)).isEqualTo(figures);
    }

    @Test
    void rolling_up_again_from_the_facts_alone_needs_no_topic_and_gives_the_board_its_figures_back() throws Exception {
        List<EventEnvelope> events = new ArrayList<>();
        for (int i = 0; i < 3; i++) events.addAll(complaint(LAST_YEAR.plusSeconds(86_400L * i), "UPHELD"));
        events.addAll(complaint(THIS_MONTH, null));
        events.add(answer("2026-11"));
        countedLive(events);
        rollingUp.all();
        deleteBefore(ends());
        Dashboard figures = dashboard(2026);
        List<Document> factsHeld = stored().get("complaint_facts");
        rollups.clear();
        assertThat(dashboard(2026)).isNotEqualTo(figures);

        int months = rollingUp.everything(Instant.now());

        assertThat(months).as("March 2025, November 2026").isEqualTo(2);
        assertThat(dashboard(2026)).isEqualTo(figures);
        assertThat(stored().get("complaint_facts")).isEqualTo(factsHeld);
    }

    /**
     * A complaint's events as intake and routing publish them: received, assigned, the receipt again (an outbox's
     * redelivery, after the assignment), and the answer when there is an outcome.
     */
    private static List<EventEnvelope> complaint(Instant received, String outcome) {
        String id = UUID.randomUUID().toString();
        LocalDate deadline = LocalDate.ofInstant(received, OSLO).plusDays(14);
        var receipt = EventEnvelope.of(
                TENANT,
                id,
                received,
                new ComplaintReceived(
                        "R", "COMPLAINT", "WEB_FORM", "PARTICIPANT", "FOLLOW_UP", 1, false, false, received, null));
        List<EventEnvelope> events = new ArrayList<>(List.of(
                receipt,
                EventEnvelope.of(TENANT, id, received, new ComplaintAssigned("R", "h", "LINE_MANAGER", 14, deadline)),
                receipt));
        if (outcome != null) {
            events.add(EventEnvelope.of(
                    TENANT,
                    id,
                    received.plusSeconds(86_400L * 5),
                    new CaseChanged("R", "RESOLVE", "RESOLVED", "h", deadline, outcome, false)));
        }
        return events;
    }

    private static EventEnvelope answer(String month) {
        return EventEnvelope.ofTenant(TENANT, THIS_MONTH, new SatisfactionAnswered(month, "COMPLAINT", 4, 5, true));
    }

    /** On the topic, and counted by reporting as its live consumer counts them. */
    private void countedLive(List<EventEnvelope> events) {
        events.forEach(this::publish);
        producer.flush();
        events.forEach(recording::apply);
    }

    private void publish(EventEnvelope event) {
        producer.send(new ProducerRecord<>(topic, event.key(), EventJson.write(event)));
    }

    private Map<TopicPartition, Long> ends() throws Exception {
        var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        return admin.listOffsets(partitions).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private void deleteBefore(Map<TopicPartition, Long> offsets) throws Exception {
        admin.deleteRecords(offsets.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> RecordsToDelete.beforeOffset(e.getValue()))))
                .all()
                .get();
    }

    private Dashboard dashboard(int year) {
        return Dashboard.of(
                TENANT,
                year,
                rollups.in(TENANT, year),
                rollups.in(TENANT, year - 1),
                rollups.withOpen(TENANT),
                TODAY,
                0,
                Map.of(),
                Map.of());
    }

    /** Every document of the store, by collection, in the order of their ids. */
    private Map<String, List<Document>> stored() {
        Map<String, List<Document>> all = new TreeMap<>();
        for (String collection : List.of("complaint_facts", "survey_answers", "rollups")) {
            all.put(
                    collection,
                    mongo.findAll(Document.class, collection).stream()
                            .sorted(Comparator.comparing(d -> String.valueOf(d.get("_id"))))
                            .toList());
        }
        return all;
    }
}
