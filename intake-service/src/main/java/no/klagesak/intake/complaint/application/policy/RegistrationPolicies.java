package no.klagesak.intake.complaint.application.policy;

import java.util.List;

/** Every rule, in the order they are applied: where two refuse the same field, the later one's code is shown. */
public final class RegistrationPolicies {

    public static final List<RegistrationPolicy> ALL = List.of(
            new OfferedCategoryPolicy(),
            new NavDecisionPolicy(),
            new TrackMatchesCategoryPolicy(),
            new OfferedComplainantRolePolicy(),
            new AnonymityPolicy(),
            new RepresentativePolicy(),
            new ContactPolicy(),
            new DesiredChangePolicy(),
            new KnownConcernedPolicy(),
            new ChosenReceiverPolicy(),
            new StaffRegistrationPolicy());

    private RegistrationPolicies() {}
}
