/**
 * The routine's rules a complaint is checked against before anything is stored, one class per rule, named after it.
 * {@code RegisteringComplaint} applies {@link no.klagesak.intake.complaint.application.policy.RegistrationPolicies#ALL}
 * in order; each adds the fields it refuses, with a code the web words.
 */
@NullMarked
package no.klagesak.intake.complaint.application.policy;

import org.jspecify.annotations.NullMarked;
