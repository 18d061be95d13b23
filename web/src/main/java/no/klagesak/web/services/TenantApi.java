package no.klagesak.web.services;

import java.util.List;
import java.util.Map;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.web.services.TenantServiceClient.Change;
import no.klagesak.web.services.TenantServiceClient.CompanyLogin;
import no.klagesak.web.services.TenantServiceClient.EvaluationForm;
import no.klagesak.web.services.TenantServiceClient.Evaluations;
import no.klagesak.web.services.TenantServiceClient.ImportPreview;
import no.klagesak.web.services.TenantServiceClient.Invitation;
import no.klagesak.web.services.TenantServiceClient.ListedTenant;
import no.klagesak.web.services.TenantServiceClient.LoginStatus;
import no.klagesak.web.services.TenantServiceClient.PublishedTenant;
import no.klagesak.web.services.TenantServiceClient.TemplateView;
import no.klagesak.web.services.TenantServiceClient.TenantSummary;
import no.klagesak.web.services.TenantServiceClient.TenantView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/** tenant-service's API as the web calls it ({@link TenantServiceClient}). */
interface TenantApi {

    /** No token: the companies whose routine is published, by name. */
    @GetExchange("/public/tenants")
    List<ListedTenant> listed();

    /** No token: the published routine, every version. */
    @GetExchange("/public/tenants/{id}")
    @Nullable
    PublishedTenant published(@PathVariable String id);

    @UserToken
    @GetExchange("/api/tenants")
    List<TenantSummary> tenants();

    @UserToken
    @PostExchange(url = "/api/tenants", contentType = MediaType.APPLICATION_JSON_VALUE)
    TenantSummary onboard(@RequestBody Map<String, String> tenant);

    @UserToken
    @GetExchange("/api/tenants/{id}")
    TenantView tenant(@PathVariable String id);

    @UserToken
    @GetExchange("/api/tenants/{id}/evaluations")
    Evaluations evaluations(@PathVariable String id);

    @UserToken
    @PostExchange(url = "/api/tenants/{id}/evaluations", contentType = MediaType.APPLICATION_JSON_VALUE)
    Evaluations recordEvaluation(@PathVariable String id, @RequestBody EvaluationForm form);

    @UserToken
    @GetExchange("/api/tenants/{id}/history")
    List<Change> history(@PathVariable String id);

    @UserToken
    @PutExchange(url = "/api/tenants/{id}/routine", contentType = MediaType.APPLICATION_JSON_VALUE)
    TenantView changeRoutine(@PathVariable String id, @RequestBody Map<String, Object> routine);

    @UserToken
    @PutExchange(url = "/api/tenants/{id}/organisation", contentType = MediaType.APPLICATION_JSON_VALUE)
    TenantView changeOrganisation(@PathVariable String id, @RequestBody Organisation organisation);

    @UserToken
    @PostExchange(url = "/api/tenants/{id}/organisation/import?preview=true", contentType = "text/csv")
    ImportPreview previewImport(@PathVariable String id, @RequestParam String mode, @RequestBody String csv);

    @UserToken
    @PostExchange(url = "/api/tenants/{id}/organisation/import", contentType = "text/csv")
    TenantView importOrganisation(@PathVariable String id, @RequestParam String mode, @RequestBody String csv);

    @UserToken
    @GetExchange("/api/tenants/{id}/company-login")
    @Nullable
    CompanyLogin companyLogin(@PathVariable String id);

    @UserToken
    @PutExchange(url = "/api/tenants/{id}/company-login", contentType = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> connectCompanyLogin(@PathVariable String id, @RequestBody CompanyLogin login);

    @UserToken
    @DeleteExchange("/api/tenants/{id}/company-login")
    void disconnectCompanyLogin(@PathVariable String id);

    @UserToken
    @GetExchange("/api/tenants/{id}/logins")
    @Nullable
    Map<String, LoginStatus> logins(@PathVariable String id);

    @UserToken
    @PostExchange("/api/tenants/{id}/people/{person}/invitation")
    void inviteAgain(@PathVariable String id, @PathVariable String person);

    @UserToken
    @GetExchange("/api/invitations")
    List<Invitation> invitations();

    @UserToken
    @PostExchange("/api/invitations/{id}")
    void resendInvitation(@PathVariable String id);

    @UserToken
    @GetExchange("/api/templates")
    List<TemplateView> templates();
}
