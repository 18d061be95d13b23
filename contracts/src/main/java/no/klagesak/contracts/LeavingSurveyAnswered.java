package no.klagesak.contracts;

/**
 * {@value #TYPE}: a participant answered the anonymous survey offered when they leave the programme (routine 004: "du
 * har rett til å gjennomføre anonym brukerundersøkelse før du slutter hos oss"), behind a link or QR code a staff
 * member handed them. Nothing here, nor in the envelope (it has no complaint id), leads back to the person: the month
 * and the answers.
 *
 * @param month the month of the answer, e.g. {@code 2026-11}
 * @param satisfied how satisfied with their time in the programme, 1 (not at all) to 5 (very)
 * @param heard whether they felt heard and taken seriously, 1 (not at all) to 5 (fully)
 * @param wouldRecommend whether they would recommend the programme to others
 */
public record LeavingSurveyAnswered(String month, int satisfied, int heard, boolean wouldRecommend)
        implements IntegrationEvent {

    public static final String TYPE = "satisfaction.leaving-survey-answered.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
