/**
 * Following up a complaint with the receipt code, at {@code /t/{tenant}/oppfolging}: where it stands, the handler's
 * questions and the complainant's answers, withdrawal and escalation. No login and no identity; the code is the only
 * key, and it travels in form bodies, never in a URL.
 */
@NullMarked
package no.klagesak.web.followup;

import org.jspecify.annotations.NullMarked;
