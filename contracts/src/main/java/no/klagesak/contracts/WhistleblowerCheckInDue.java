package no.klagesak.contracts;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * {@value #TYPE}: a planned check-in with a whistleblower came and has not been held (routing's deadline watch), once
 * per case and date, also after the case was closed. The employer must make sure the reporter has a fully sound
 * working environment and is not retaliated against (arbeidsmiljøloven § 2 A-3, § 2 A-4).
 *
 * @param handler the handler who checks in; null while the case waits in a queue
 * @param dueOn the planned date of the check-in
 */
public record WhistleblowerCheckInDue(
        String reference, @Nullable String handler, LocalDate dueOn) implements IntegrationEvent {

    public static final String TYPE = "complaint.whistleblower-check-in-due.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
