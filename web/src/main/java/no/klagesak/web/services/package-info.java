/**
 * The backend services' APIs as the web uses them: with the logged-in user's own access token (token relay), so each
 * service decides need-to-know from the real user, or without one for what is public.
 */
@NullMarked
package no.klagesak.web.services;

import org.jspecify.annotations.NullMarked;
