package no.klagesak.web.services;

import java.util.List;
import no.klagesak.web.services.ReportingServiceClient.Compared;
import no.klagesak.web.services.ReportingServiceClient.Dashboard;
import no.klagesak.web.services.ReportingServiceClient.Export;
import no.klagesak.web.services.ReportingServiceClient.Handling;
import no.klagesak.web.services.ReportingServiceClient.Published;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;

/** reporting-service's API as the web calls it ({@link ReportingServiceClient}). */
interface ReportingApi {

    /** No token: a tenant's statistics are public when it publishes them. */
    @GetExchange("/public/tenants/{id}/statistics")
    @Nullable
    Published published(@PathVariable String id, @RequestParam int year);

    @UserToken
    @GetExchange("/api/statistics/dashboard")
    Dashboard dashboard(@RequestParam int year);

    @UserToken
    @GetExchange("/api/statistics/handling")
    Handling handling(@RequestParam int year);

    @UserToken
    @PostExchange("/api/reports/annual/exports")
    Export startExport(@RequestParam int year, @RequestParam String format);

    @UserToken
    @GetExchange("/api/reports/annual/exports/{id}")
    @Nullable
    Export export(@PathVariable String id);

    @UserToken
    @GetExchange("/api/reports/annual/exports/{id}/file")
    byte[] exportFile(@PathVariable String id);

    @UserToken
    @GetExchange("/api/platform/comparison")
    List<Compared> comparison(@RequestParam int year);
}
