package no.klagesak.contracts;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table of a case's life, shared by the services that act on a case: routing-service owns the workflow and
 * tells every step in {@code complaint.case-changed.v1} ({@link CaseChanged#state()} is one of {@link CaseState}); intake
 * takes the complainant's steps and the handler's questions, and refuses those the case's current state forbids with
 * this same table, so both services agree on what may happen when.
 *
 * <p>Written down once here; routing's workflow takes the complainant's steps from it, and a property-based test holds
 * both services to it.
 */
public final class CaseLifecycle {

    /** What the complainant, or the handler through the conversation, does to a case from outside routing. */
    public enum Step {
        /** The complainant adds information without answering a question. */
        ADD_INFORMATION,
        /**
         * The complainant answers the handler's open question: wherever information may be added (a question asked
         * before the case had a handler leaves its state as it is); only in a waiting case does the clock run again.
         */
        ANSWER_QUESTION,
        /** The complainant withdraws the complaint. */
        WITHDRAW,
        /** The complainant, not satisfied with the answer, asks management to decide (where the routine offers it). */
        ESCALATE,
        /** The handler asks the complainant a question; the clock stops. */
        ASK_QUESTION,
        /** The complainant confirms the minutes of a meeting sent to them, or says they do not agree (routine 004). */
        ANSWER_MINUTES
    }

    private static final Map<CaseState, Set<Step>> ALLOWED = new EnumMap<>(CaseState.class);

    static {
        var open = EnumSet.of(Step.ADD_INFORMATION, Step.ANSWER_QUESTION, Step.WITHDRAW, Step.ASK_QUESTION);
        ALLOWED.put(CaseState.TRIAGE, open);
        ALLOWED.put(CaseState.ASSIGNED, EnumSet.copyOf(open));
        ALLOWED.put(
                CaseState.IN_PROGRESS,
                EnumSet.of(
                        Step.ADD_INFORMATION,
                        Step.ANSWER_QUESTION,
                        Step.WITHDRAW,
                        Step.ASK_QUESTION,
                        Step.ANSWER_MINUTES));
        ALLOWED.put(
                CaseState.WAITING_FOR_COMPLAINANT,
                EnumSet.of(Step.ADD_INFORMATION, Step.ANSWER_QUESTION, Step.WITHDRAW, Step.ANSWER_MINUTES));
        // Minutes sent before the answer may be confirmed after it; not once management has decided.
        ALLOWED.put(CaseState.RESOLVED, EnumSet.of(Step.ESCALATE, Step.ANSWER_MINUTES));
        ALLOWED.put(CaseState.CLOSED, EnumSet.of(Step.ESCALATE, Step.ANSWER_MINUTES));
        ALLOWED.put(CaseState.ESCALATED, EnumSet.of(Step.ADD_INFORMATION, Step.ANSWER_QUESTION, Step.ANSWER_MINUTES));
        ALLOWED.put(CaseState.DECIDED, EnumSet.noneOf(Step.class));
        ALLOWED.put(CaseState.WITHDRAWN, EnumSet.noneOf(Step.class));
    }

    private CaseLifecycle() {}

    /** Whether the step may happen to a case in this state. */
    public static boolean allows(CaseState state, Step step) {
        return ALLOWED.get(state).contains(step);
    }

    /** The steps a case in this state allows. */
    public static Set<Step> allowed(CaseState state) {
        return Set.copyOf(ALLOWED.get(state));
    }

    /** The state a {@link CaseChanged#state()} names; a name this table does not know is refused. */
    public static CaseState state(String name) {
        return CaseState.valueOf(name);
    }
}
