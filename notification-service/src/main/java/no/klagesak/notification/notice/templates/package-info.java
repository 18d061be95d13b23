/** Mustache adapter: the default wording of every notice, per language, from the classpath. */
@NullMarked
package no.klagesak.notification.notice.templates;

import org.jspecify.annotations.NullMarked;
