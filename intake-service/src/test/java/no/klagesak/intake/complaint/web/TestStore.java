package no.klagesak.intake.complaint.web;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.UUID;
import no.klagesak.support.test.InMemoryMongo;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The store the limits count in, as the instances of intake share it. */
final class TestStore {

    /** The test master key of the component tests, never used anywhere else. */
    static final String MASTER_KEY = "dGVzdC1tYXN0ZXIta2V5LW5vdC1mb3ItcHJvZC11c2U=";

    private static final MongoClient CLIENT = MongoClients.create(InMemoryMongo.uri());

    private TestStore() {}

    /** A database of its own: what one test counts, the others do not see. */
    static MongoTemplate fresh() {
        return new MongoTemplate(CLIENT, "limits-" + UUID.randomUUID());
    }

    static SourceAddresses addresses() {
        return new SourceAddresses(MASTER_KEY);
    }
}
