package no.klagesak.reporting.statistics.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import no.klagesak.contracts.SatisfactionAnswered;
import no.klagesak.reporting.statistics.SurveyAnswers;
import no.klagesak.reporting.statistics.SurveySummary;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** One document per answer, keyed by its event id; nothing in it names a case or a person. */
@Component
class MongoSurveyAnswers implements SurveyAnswers {

    private static final String COLLECTION = "survey_answers";

    private final MongoTemplate mongo;

    MongoSurveyAnswers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean record(String eventId, String tenantId, SatisfactionAnswered answer) {
        try {
            mongo.insert(
                    new Document("_id", eventId)
                            .append("tenantId", tenantId)
                            .append("year", Integer.parseInt(answer.month().substring(0, 4)))
                            .append("month", answer.month())
                            .append("track", answer.track())
                            .append("satisfied", answer.satisfied())
                            .append("heard", answer.heard())
                            .append("wouldComplainAgain", answer.wouldComplainAgain()),
                    COLLECTION);
            return true;
        } catch (DuplicateKeyException counted) {
            return false;
        }
    }

    @Override
    public SurveySummary summaryFor(String tenantId, int year) {
        var answers =
                mongo.find(query(where("tenantId").is(tenantId).and("year").is(year)), Document.class, COLLECTION);
        return SurveySummary.of(
                tenantId,
                year,
                answers.size(),
                answers.stream().mapToLong(d -> d.getInteger("satisfied")).sum(),
                answers.stream().mapToLong(d -> d.getInteger("heard")).sum(),
                answers.stream().filter(d -> d.getBoolean("wouldComplainAgain")).count());
    }
}
