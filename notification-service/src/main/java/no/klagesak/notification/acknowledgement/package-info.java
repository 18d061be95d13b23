/** The written acknowledgement of receipt, stating the expected handling time. Plain Java. */
@NullMarked
package no.klagesak.notification.acknowledgement;

import org.jspecify.annotations.NullMarked;
