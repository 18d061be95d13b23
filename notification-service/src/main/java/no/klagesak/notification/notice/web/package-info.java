/** HTTP adapter: a case's delivery log for those who may see the case, and failed deliveries for the tenant admin. */
@NullMarked
package no.klagesak.notification.notice.web;

import org.jspecify.annotations.NullMarked;
