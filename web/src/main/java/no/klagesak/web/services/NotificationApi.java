package no.klagesak.web.services;

import java.util.List;
import java.util.Map;
import no.klagesak.web.services.NotificationServiceClient.Delivery;
import no.klagesak.web.services.NotificationServiceClient.OpenSurvey;
import no.klagesak.web.services.NotificationServiceClient.Preview;
import no.klagesak.web.services.NotificationServiceClient.Wording;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;

/** notification-service's API as the web calls it ({@link NotificationServiceClient}). */
interface NotificationApi {

    /** No token: anyone with the link. */
    @GetExchange("/public/surveys/{token}")
    @Nullable
    OpenSurvey survey(@PathVariable String token);

    /** No token: anyone with the link. */
    @PostExchange(url = "/public/surveys/{token}", contentType = MediaType.APPLICATION_JSON_VALUE)
    void answerSurvey(@PathVariable String token, @RequestBody Map<String, Object> answers);

    /** A new one-time link to the survey when leaving; 409 where the routine does not offer it. */
    @UserToken
    @PostExchange("/api/surveys/leaving")
    NotificationServiceClient.HandedOut handOutLeavingSurvey();

    @UserToken
    @GetExchange("/api/notices")
    List<Delivery> notices(@RequestParam String complaintId);

    @UserToken
    @GetExchange("/api/notices/letter")
    byte @Nullable [] letter(@RequestParam String id);

    @UserToken
    @GetExchange("/api/notices/wording")
    Wording wording(@RequestParam String kind, @RequestParam String language);

    @UserToken
    @PostExchange(url = "/api/notices/wording/preview", contentType = MediaType.APPLICATION_JSON_VALUE)
    Preview preview(@RequestBody Map<String, String> draft);

    @UserToken
    @GetExchange("/api/notices/failed")
    List<Delivery> failed();

    @UserToken
    @GetExchange("/api/audit")
    List<AuditEntry> audit(@RequestParam(required = false) @Nullable String complaintId);

    @UserToken
    @GetExchange("/api/notices/export")
    byte[] export(@RequestParam String complaintId);
}
