/**
 * Staff accounts follow the organisation: each person with a login gets a user in the identity provider, in the
 * tenant's organization, with the roles their place and the admin give them, and an invitation to set a password;
 * someone who leaves is disabled. Reconciled after every change and again on a schedule, so a change made while the
 * identity provider is away reaches it once it is back. Plain Java.
 */
@NullMarked
package no.klagesak.tenants.account;

import org.jspecify.annotations.NullMarked;
