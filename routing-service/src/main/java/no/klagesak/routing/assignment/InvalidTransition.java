package no.klagesak.routing.assignment;

/** The action is not possible in the case's state, or lacks what it needs; the reason says which, in words. */
public class InvalidTransition extends RuntimeException {

    public InvalidTransition(String reason) {
        super(reason);
    }
}
