package no.klagesak.routing.assignment;

/**
 * Which routing rule placed a case, and so where in the organisation it landed. Resolve at the lowest level: the
 * designated receivers for whistleblowing reports; the line manager of a person the complaint concerns; one level
 * up when it concerns the complainant's nearest superior (routines 000, 001, 004); the receiver the complainant chose
 * (003); the leader of a unit it concerns; the tenant's default receiver; the management group's triage queue where
 * the management meeting decides (002); the managing director when no one else may handle it; the board's contact
 * when it concerns the managing director.
 */
public enum HandlerLevel {
    WHISTLEBLOWING_RECEIVER,
    CONCERNED_PERSONS_MANAGER,
    ONE_LEVEL_UP,
    CHOSEN_RECEIVER,
    UNIT_LEADER,
    LINE_MANAGER,
    MANAGEMENT_TRIAGE,
    MANAGING_DIRECTOR,
    BOARD_CONTACT,
    /** The routine's receiver for reports that concern a designated receiver or the managing director (§ 2 A-6). */
    ALTERNATIVE_RECEIVER
}
