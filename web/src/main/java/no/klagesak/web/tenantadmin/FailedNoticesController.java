package no.klagesak.web.tenantadmin;

import no.klagesak.web.NorwegianTime;
import no.klagesak.web.services.NotificationServiceClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * E-mails that could not be delivered at all (the mail server refused the address), for the tenant admin to follow
 * up: the case's reference, what it was and to whom, never the address or the content.
 */
@Controller
class FailedNoticesController {

    private final NotificationServiceClient notifications;

    FailedNoticesController(NotificationServiceClient notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/admin/varsler")
    String failed(Model model) {
        model.addAttribute(
                "failed",
                notifications.failed().stream()
                        .map(d -> new Line(NorwegianTime.PAGES.at(d.createdAt()), d))
                        .toList());
        return "tenantadmin/failed-notices";
    }

    record Line(String when, NotificationServiceClient.Delivery delivery) {}
}
