package no.klagesak.reporting.statistics.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;
import java.util.stream.Collectors;
import no.klagesak.contracts.LeavingSurveyAnswered;
import no.klagesak.contracts.SatisfactionAnswered;
import no.klagesak.reporting.statistics.LeavingSurveySummary;
import no.klagesak.reporting.statistics.Rollup;
import no.klagesak.reporting.statistics.Rollups;
import no.klagesak.reporting.statistics.Span;
import no.klagesak.reporting.statistics.SurveyAnswers;
import no.klagesak.support.counters.Counters;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * One document per answer, keyed by its event id; nothing in it names a case or a person. The answers given when
 * leaving the programme lie in a collection of their own, by tenant and year.
 */
@Component
class MongoSurveyAnswers implements SurveyAnswers {

    private static final String COLLECTION = "survey_answers";
    private static final String LEAVING = "leaving_survey_answers";
    private static final String LEAVING_COUNTERS = "leaving_survey_counters";

    private final MongoTemplate mongo;
    private final MongoRollups rollups;

    MongoSurveyAnswers(MongoTemplate mongo, MongoRollups rollups) {
        this.mongo = mongo;
        this.rollups = rollups;
        mongo.indexOps(LEAVING)
                .createIndex(new Index().on("tenantId", Sort.Direction.ASC).on("year", Sort.Direction.ASC));
    }

    @Override
    public boolean record(String eventId, String tenantId, SatisfactionAnswered answer, Instant changedAt) {
        boolean recorded;
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
            recorded = true;
        } catch (DuplicateKeyException counted) {
            recorded = false;
        }
        rollups.changed(tenantId, Span.month(YearMonth.parse(answer.month())), changedAt);
        return recorded;
    }

    @Override
    public Rollup.SurveyTotals totalsIn(String tenantId, YearMonth month) {
        var answers = mongo.find(
                query(where("tenantId").is(tenantId).and("month").is(month.toString())), Document.class, COLLECTION);
        return new Rollup.SurveyTotals(
                answers.size(),
                answers.stream().mapToLong(d -> d.getInteger("satisfied")).sum(),
                answers.stream().mapToLong(d -> d.getInteger("heard")).sum(),
                answers.stream().filter(d -> d.getBoolean("wouldComplainAgain")).count());
    }

    @Override
    public Set<Rollups.Month> months() {
        Query all = new Query();
        all.fields().include("tenantId", "month");
        try (var answers = mongo.stream(all, Document.class, COLLECTION)) {
            return answers.map(d -> new Rollups.Month(d.getString("tenantId"), YearMonth.parse(d.getString("month"))))
                    .collect(Collectors.toSet());
        }
    }

    @Override
    public boolean recordLeaving(String eventId, String tenantId, LeavingSurveyAnswered answer) {
        try {
            mongo.insert(
                    new Document("_id", eventId)
                            .append("tenantId", tenantId)
                            // The order answers came in, which the board's figures follow in steps of five.
                            .append("seq", Counters.next(mongo, LEAVING_COUNTERS, tenantId))
                            .append("year", Integer.parseInt(answer.month().substring(0, 4)))
                            .append("month", answer.month())
                            .append("satisfied", answer.satisfied())
                            .append("heard", answer.heard())
                            .append("wouldRecommend", answer.wouldRecommend()),
                    LEAVING);
            return true;
        } catch (DuplicateKeyException counted) {
            return false;
        }
    }

    @Override
    public LeavingSurveySummary leavingIn(String tenantId, int year) {
        Query inYear =
                query(where("tenantId").is(tenantId).and("year").is(year)).with(Sort.by("seq", "_id"));
        inYear.fields().include("satisfied", "heard", "wouldRecommend");
        return LeavingSurveySummary.of(
                year,
                mongo.find(inYear, Document.class, LEAVING).stream()
                        .map(d -> new LeavingSurveySummary.Answer(
                                d.getInteger("satisfied"), d.getInteger("heard"), d.getBoolean("wouldRecommend")))
                        .toList());
    }

    /** Forgets every answer: for tests only, which start from an empty store. */
    void clear() {
        mongo.remove(new Query(), COLLECTION);
        mongo.remove(new Query(), LEAVING);
        mongo.remove(new Query(), LEAVING_COUNTERS);
    }
}
