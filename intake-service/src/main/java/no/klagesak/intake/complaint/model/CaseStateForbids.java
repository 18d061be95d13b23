package no.klagesak.intake.complaint.model;

import no.klagesak.contracts.CaseLifecycle;

/** The case's current state does not allow the step (the shared table, {@link CaseLifecycle}); nothing was stored. */
public final class CaseStateForbids extends RuntimeException {

    private final CaseLifecycle.Step step;
    private final FollowUp.Shown state;

    public CaseStateForbids(CaseLifecycle.Step step, FollowUp.Shown state) {
        super("The case is " + state + ": " + step + " is not possible now");
        this.step = step;
        this.state = state;
    }

    public CaseLifecycle.Step step() {
        return step;
    }

    public FollowUp.Shown state() {
        return state;
    }
}
