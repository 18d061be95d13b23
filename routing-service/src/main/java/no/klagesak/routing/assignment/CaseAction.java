package no.klagesak.routing.assignment;

/** What can happen to a case. Those marked "from intake" follow the complainant's steps, as events. */
public enum CaseAction {
    /** Management hands a case out of the triage queue. */
    ASSIGN,
    ACCEPT,
    /** Another handler takes over; a reason is required. */
    REASSIGN,
    /**
     * The handler gave the written acknowledgement by letter, phone or in person, where no e-mail or receipt page did
     * (routine 000).
     */
    ACKNOWLEDGE,
    /** What has been done ("hva er gjort"). */
    RECORD_ACTION,
    /** From intake: the handler asked the complainant; the clock stops. */
    QUESTION_ASKED,
    /** From intake: the complainant answered; the clock runs again and the deadline moves by the time waited. */
    COMPLAINANT_ANSWERED,
    /**
     * The handler records the complainant's answer given by phone or in person (what, how, when): the clock runs
     * again as when the complainant answers on the follow-up page. For a complainant with no e-mail and no code.
     */
    RECORD_ANSWER,
    /** A later deadline; a reason is required, and the complainant is told why (routine 000). */
    EXTEND_DEADLINE,
    /** The complaint was discussed with the receiver's own superior (routine 001, where the routine says so). */
    DISCUSSED_WITH_SUPERIOR,
    /** The participant's NAV caseworker took part, where the routine offers it (routine 004). */
    NAV_CASEWORKER_INVOLVED,
    /** A meeting whose minutes both parties agreed (routine 004). */
    RECORD_MEETING,
    /** A meeting whose minutes are sent to the complainant to confirm or comment on the follow-up page (routine 004). */
    SEND_MINUTES,
    /** A meeting whose minutes the complainant does not agree with, recorded as such with what they dispute. */
    RECORD_MEETING_NOT_AGREED,
    /** From intake: the complainant confirmed the minutes sent to them. */
    MINUTES_CONFIRMED,
    /** From intake: the complainant does not agree with the minutes sent to them. */
    MINUTES_DISPUTED,
    /** An outcome with the written response and the improvements made. */
    RESOLVE,
    CLOSE,
    /** From intake: the complainant asked management to decide. */
    ESCALATE,
    /** Management's decision: final, and the case is locked. */
    DECIDE,
    /**
     * The handler talked with a whistleblower about their working environment (aml. § 2 A-3, § 2 A-4): holds the
     * earliest planned check-in not yet held. Allowed in every state, also after closure; only for whistleblowing.
     */
    CHECK_IN,
    /**
     * The person a complaint or report names was told that their personal data is processed, as Datatilsynet's
     * guidance on whistleblowing asks, within a month of the complaint; how and when is the text.
     */
    NOTIFY_CONCERNED,
    /**
     * The platform tells the people the case names, by e-mail from its template, that data about them is processed,
     * with their rights; nothing of the complaint or who sent it. Counts as telling them.
     */
    SEND_CONCERNED_NOTICE,
    /**
     * The person it names is not told, for now, with the justification (personopplysningsloven § 16), case by case.
     */
    CONCERNED_NOTICE_EXCEPTION,
    /**
     * The receiver corrects whom the case concerns (issue 23): people in the organisation, or no one in particular,
     * with the reason. Someone it now concerns loses access at once; a handler it now concerns names who takes over.
     * The explanation of the routing says it was corrected.
     */
    CORRECT_CONCERNED,
    /** From intake: the complainant withdrew the complaint. */
    WITHDRAW
}
