package no.klagesak.contracts;

/**
 * {@value #TYPE}: a complainant answered the anonymous satisfaction survey after their case was closed (routine 004).
 * Nothing here, nor in the envelope (it has no complaint id), leads back to the case or the person: the month, the
 * track and the answers.
 *
 * @param month the month of the answer, e.g. {@code 2026-11}
 * @param satisfied how satisfied with the handling, 1 (not at all) to 5 (very)
 * @param heard whether they felt heard, 1 (not at all) to 5 (fully)
 * @param wouldComplainAgain whether they would complain again if something were wrong
 */
public record SatisfactionAnswered(String month, String track, int satisfied, int heard, boolean wouldComplainAgain)
        implements IntegrationEvent {

    public static final String TYPE = "satisfaction.survey-answered.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
