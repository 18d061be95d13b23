/** MongoDB adapter: one document per notice and one per case, each change a single-document write. */
@NullMarked
package no.klagesak.notification.notice.persistence;

import org.jspecify.annotations.NullMarked;
