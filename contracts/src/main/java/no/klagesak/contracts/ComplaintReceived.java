package no.klagesak.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * {@value #TYPE}: intake stored a new complaint.
 *
 * <p>Personal data: only {@link #acknowledgeTo}, the address the complainant asked the acknowledgement to go to, and
 * only because notification-service must send it. It is null for anonymous complaints and when no e-mail was given.
 * Routing and reporting ignore it. The complaint's text never travels.
 *
 * @param reference the human-readable reference number the complainant sees, e.g. {@code 2026-00042}
 * @param track {@code COMPLAINT} or {@code WHISTLEBLOWING}
 * @param channel how it arrived: {@code WEB_FORM}, {@code STAFF_REGISTRATION} (an oral complaint written down) or
 *     {@code API}
 * @param complainantRole e.g. {@code PARTICIPANT}, {@code EMPLOYEE}, {@code CUSTOMER}, {@code BUYER}, {@code PARTNER}
 * @param category the tenant's classification of what it concerns, e.g. {@code FOLLOW_UP}; {@value #NAV_DECISION}
 *     when a participant disagrees with a decision by NAV
 * @param policyVersion the version of the tenant's routine the complaint was received under; its deadlines follow
 *     that version. Absent only on events written before routines were versioned: those follow the current version.
 * @param concernsLineManager true when the complaint is about the complainant's nearest superior, so it goes one level
 *     up
 * @param retaliationFor the complaint id of the whistleblowing report whose reporter now reports suspected
 *     retaliation (arbeidsmiljøloven § 2 A-4); present only on such a report, which routing links to the first
 */
public record ComplaintReceived(
        String reference,
        String track,
        String channel,
        String complainantRole,
        String category,
        @Nullable Integer policyVersion,
        boolean anonymous,
        boolean concernsLineManager,
        Instant receivedAt,
        @Nullable AcknowledgementAddress acknowledgeTo,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable RoutingHints routingHints,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String retaliationFor)
        implements IntegrationEvent {

    /** A complaint that is not a report of retaliation. */
    public ComplaintReceived(
            String reference,
            String track,
            String channel,
            String complainantRole,
            String category,
            @Nullable Integer policyVersion,
            boolean anonymous,
            boolean concernsLineManager,
            Instant receivedAt,
            @Nullable AcknowledgementAddress acknowledgeTo,
            @Nullable RoutingHints routingHints) {
        this(
                reference,
                track,
                channel,
                complainantRole,
                category,
                policyVersion,
                anonymous,
                concernsLineManager,
                receivedAt,
                acknowledgeTo,
                routingHints,
                null);
    }

    /** A complaint that names neither what it concerns nor a receiver. */
    public ComplaintReceived(
            String reference,
            String track,
            String channel,
            String complainantRole,
            String category,
            @Nullable Integer policyVersion,
            boolean anonymous,
            boolean concernsLineManager,
            Instant receivedAt,
            @Nullable AcknowledgementAddress acknowledgeTo) {
        this(
                reference,
                track,
                channel,
                complainantRole,
                category,
                policyVersion,
                anonymous,
                concernsLineManager,
                receivedAt,
                acknowledgeTo,
                null,
                null);
    }

    /**
     * The category of a participant's disagreement with a decision by NAV (granting, refusing or stopping a programme).
     * It is an appeal to NAV, not for the company to decide (NAV's deadline is 6 weeks, or 3 when the programme is with
     * an employer); the text is the participant's own statement, which the company attaches to its next report to NAV
     * (routine 004). Every tenant that serves participants receives it; no tenant may use the code for a category of
     * its own.
     */
    public static final String NAV_DECISION = "NAV_DECISION";

    public static final String TYPE = "complaint.received.v1";

    @Override
    public String type() {
        return TYPE;
    }

    /**
     * What the complainant said about whom it concerns and who should receive it: ids in the tenant's organisation,
     * never names or the complainant's words. Absent when they said nothing of it.
     *
     * @param concernsPerson a person in the organisation it concerns; routing keeps the complaint away from them
     * @param concernsUnit a unit it concerns
     * @param concernsService true when it concerns a service (named in the text, which stays in intake)
     * @param chosenReceiver the person the complainant chose to receive it, where the routine lets them choose
     * @param concernsManagingDirector it concerns the managing director, whoever that is in the organisation routing
     *     reads: it goes to the routine's alternative receiver, never to the director
     * @param complainantUnit the unit the complainant said they belong to, when it concerns their nearest leader:
     *     routing takes that unit's leader as the nearest leader; null when they did not say
     * @param concernsOther what it concerns when that is no one routing can look up: {@code BOARD_MEMBER}, {@code
     *     OUTSIDE} (someone outside the company), or {@code UNKNOWN_PERSON} (a person the complainant named whom the
     *     organisation has no unique match for: the receiver settles whom it concerns); null otherwise
     */
    public record RoutingHints(
            @Nullable String concernsPerson,
            @Nullable String concernsUnit,
            boolean concernsService,
            @Nullable String chosenReceiver,
            boolean concernsManagingDirector,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            String complainantUnit,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            String concernsOther) {

        public static final String BOARD_MEMBER = "BOARD_MEMBER";
        public static final String OUTSIDE = "OUTSIDE";
        public static final String UNKNOWN_PERSON = "UNKNOWN_PERSON";

        public RoutingHints(
                @Nullable String concernsPerson,
                @Nullable String concernsUnit,
                boolean concernsService,
                @Nullable String chosenReceiver,
                boolean concernsManagingDirector) {
            this(concernsPerson, concernsUnit, concernsService, chosenReceiver, concernsManagingDirector, null, null);
        }

        public RoutingHints(
                @Nullable String concernsPerson,
                @Nullable String concernsUnit,
                boolean concernsService,
                @Nullable String chosenReceiver) {
            this(concernsPerson, concernsUnit, concernsService, chosenReceiver, false);
        }
    }

    /**
     * Where and in which language the complainant is written to: by e-mail where they gave an address; by text
     * message to the phone they gave where they gave no address.
     *
     * @param email null when they gave only a phone number
     * @param phone present only when they gave no e-mail address
     */
    public record AcknowledgementAddress(
            @Nullable String email,
            String language,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            String phone) {

        public AcknowledgementAddress(String email, String language) {
            this(email, language, null);
        }
    }
}
