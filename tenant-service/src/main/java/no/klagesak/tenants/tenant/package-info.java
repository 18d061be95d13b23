/**
 * A tenant: its versioned routine, its organisation and the history of every change; the rules that keep them
 * consistent, and the templates onboarding starts from. Plain Java.
 */
@NullMarked
package no.klagesak.tenants.tenant;

import org.jspecify.annotations.NullMarked;
