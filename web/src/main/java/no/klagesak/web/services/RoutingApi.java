package no.klagesak.web.services;

import java.util.List;
import java.util.Map;
import no.klagesak.web.services.RoutingServiceClient.CaseList;
import no.klagesak.web.services.RoutingServiceClient.Deviation;
import no.klagesak.web.services.RoutingServiceClient.DeviationCounts;
import no.klagesak.web.services.RoutingServiceClient.DeviationDraft;
import no.klagesak.web.services.RoutingServiceClient.Improvement;
import no.klagesak.web.services.RoutingServiceClient.OverviewLine;
import no.klagesak.web.services.RoutingServiceClient.ReceivedList;
import no.klagesak.web.services.RoutingServiceClient.Retention;
import no.klagesak.web.services.RoutingServiceClient.Workflow;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;

/** routing-service's API as the web calls it ({@link RoutingServiceClient}), always with the user's own token. */
@UserToken
interface RoutingApi {

    @GetExchange("/api/cases")
    CaseList cases(
            @RequestParam String handler, @RequestParam String show, @RequestParam int page, @RequestParam int size);

    @GetExchange("/api/cases/improvements")
    List<Improvement> improvements(@RequestParam int year);

    @GetExchange("/api/cases/overview")
    List<OverviewLine> overview();

    @GetExchange("/api/cases/received")
    ReceivedList received(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String track,
            @RequestParam(required = false) @Nullable String outcome,
            @RequestParam int page);

    @GetExchange("/api/cases/{id}/workflow")
    @Nullable
    Workflow workflow(@PathVariable String id);

    @PostExchange(url = "/api/cases/{id}/workflow", contentType = MediaType.APPLICATION_JSON_VALUE)
    void step(@PathVariable String id, @RequestBody Map<String, Object> step);

    @GetExchange("/api/cases/{id}/retention")
    @Nullable
    Retention retention(@PathVariable String id);

    @GetExchange("/api/legal-holds")
    List<Retention> legalHolds();

    @PostExchange(url = "/api/cases/{id}/legal-hold", contentType = MediaType.APPLICATION_JSON_VALUE)
    void placeLegalHold(@PathVariable String id, @RequestBody Map<String, String> reason);

    @PostExchange(url = "/api/cases/{id}/legal-hold/release", contentType = MediaType.APPLICATION_JSON_VALUE)
    void releaseLegalHold(@PathVariable String id, @RequestBody Map<String, String> reason);

    @GetExchange("/api/audit")
    List<AuditEntry> audit(@RequestParam(required = false) @Nullable String complaintId);

    @PostExchange(url = "/api/deviations", contentType = MediaType.APPLICATION_JSON_VALUE)
    Deviation reportDeviation(@RequestBody DeviationDraft draft);

    @GetExchange("/api/deviations")
    List<Deviation> deviations(@RequestParam int year);

    @GetExchange("/api/deviations/{id}")
    Deviation deviation(@PathVariable String id);

    @PostExchange(url = "/api/deviations/{id}/handling", contentType = MediaType.APPLICATION_JSON_VALUE)
    Deviation handleDeviation(@PathVariable String id, @RequestBody Map<String, String> handling);

    @GetExchange("/api/deviations/counts")
    DeviationCounts deviationCounts(@RequestParam int year);
}
