package no.klagesak.tenants.tenant;

import java.util.List;

/** Settings that were refused; nothing was changed. */
public class InvalidSettings extends RuntimeException {

    private final List<Problem> problems;

    public InvalidSettings(List<Problem> problems) {
        super(problems.size() + " problem(s): "
                + problems.stream().map(Problem::field).distinct().toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
