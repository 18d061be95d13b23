/** Text-message adapters. Locally a log line stands in for a provider. */
@NullMarked
package no.klagesak.notification.notice.sms;

import org.jspecify.annotations.NullMarked;
