package no.klagesak.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import no.klagesak.contracts.LeavingSurveyAnswered;
import org.junit.jupiter.api.Test;

/** The survey a participant answers when leaving the programme (routine 004), without Spring. */
class AnsweringSurveyTest {

    private static final Instant AT = Instant.parse("2026-11-30T23:30:00Z");

    private final InMemorySurveys surveys = new InMemorySurveys();
    private final AnsweringSurvey answering = new AnsweringSurvey(surveys, Clock.fixed(AT, ZoneOffset.UTC));

    @Test
    void a_handed_out_link_is_a_leaving_invitation_kept_by_its_hash_only() {
        String token = answering.handOut("fjordvekst", "fjordvekst-handler").orElseThrow();

        assertThat(token).matches("[A-Za-z0-9_-]{32}");
        assertThat(surveys.invitations)
                .containsOnlyKeys(AnsweringSurvey.hash(token))
                .containsValue(new Surveys.Invitation(
                        "fjordvekst", AnsweringSurvey.LEAVING, false, AT.plus(AnsweringSurvey.LINK_VALID)));
        assertThat(answering.open(token)).isPresent();
        assertThat(answering.handOut("fjordvekst", "fjordvekst-handler").orElseThrow())
                .isNotEqualTo(token);
    }

    @Test
    void the_answer_is_published_as_the_leaving_survey_in_the_month_in_norway_once() {
        String token = answering.handOut("fjordvekst", "fjordvekst-handler").orElseThrow();

        assertThat(answering.answer(token, 0, 3, true)).isEqualTo(AnsweringSurvey.Outcome.INVALID);
        assertThat(answering.answer(token, 3, 4, null)).isEqualTo(AnsweringSurvey.Outcome.INVALID);
        assertThat(answering.answer(token, 3, 4, true)).isEqualTo(AnsweringSurvey.Outcome.RECORDED);
        assertThat(answering.answer(token, 5, 5, false)).isEqualTo(AnsweringSurvey.Outcome.ALREADY_ANSWERED);
        assertThat(answering.open(token)).isEmpty();

        assertThat(surveys.published).singleElement().satisfies(e -> {
            assertThat(e.complaintId()).isNull();
            assertThat(e.tenantId()).isEqualTo("fjordvekst");
            // 23:30 UTC on 30 November is already December in Norway.
            assertThat(e.data()).isEqualTo(new LeavingSurveyAnswered("2026-12", 3, 4, true));
        });
    }

    @Test
    void a_link_not_answered_in_sixty_days_no_longer_opens_the_survey() {
        var later = new java.util.concurrent.atomic.AtomicReference<>(AT);
        var clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return Clock.fixed(later.get(), zone);
            }

            @Override
            public Instant instant() {
                return later.get();
            }
        };
        var survey = new AnsweringSurvey(surveys, clock);
        String token = survey.handOut("fjordvekst", "fjordvekst-handler").orElseThrow();

        later.set(AT.plus(AnsweringSurvey.LINK_VALID).minusSeconds(1));
        assertThat(survey.open(token)).isPresent();
        later.set(AT.plus(AnsweringSurvey.LINK_VALID));
        assertThat(survey.open(token)).isEmpty();
        assertThat(survey.answer(token, 3, 3, true)).isEqualTo(AnsweringSurvey.Outcome.UNKNOWN);
        assertThat(surveys.published).isEmpty();
    }

    @Test
    void one_member_of_staff_makes_at_most_thirty_links_a_day_and_another_is_not_held_back() {
        for (int i = 0; i < AnsweringSurvey.LINKS_PER_DAY; i++) {
            assertThat(answering.handOut("fjordvekst", "fjordvekst-handler")).isPresent();
        }
        assertThat(answering.handOut("fjordvekst", "fjordvekst-handler")).isEmpty();
        assertThat(answering.handOut("fjordvekst", "fjordvekst-receiver")).isPresent();
        assertThat(surveys.invitations).hasSize(AnsweringSurvey.LINKS_PER_DAY + 1);
        assertThat(surveys.handOuts.keySet())
                .as("a count per hash of the staff member, nothing about the links")
                .allSatisfy(key -> assertThat(key).doesNotContain("fjordvekst-handler", "fjordvekst-receiver"));
    }
}
