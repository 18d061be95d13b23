/** HTTP adapter: the public routine, the platform operator's onboarding, and the tenant admin's settings. */
@NullMarked
package no.klagesak.tenants.tenant.web;

import org.jspecify.annotations.NullMarked;
