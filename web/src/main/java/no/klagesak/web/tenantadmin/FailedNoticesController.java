package no.klagesak.web.tenantadmin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Oslo"));

    private final NotificationServiceClient notifications;

    FailedNoticesController(NotificationServiceClient notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/admin/varsler")
    String failed(Model model) {
        model.addAttribute(
                "failed",
                notifications.failed().stream()
                        .map(d -> new Line(WHEN.format(d.createdAt()), d))
                        .toList());
        return "tenantadmin/failed-notices";
    }

    record Line(String when, NotificationServiceClient.Delivery delivery) {}
}
