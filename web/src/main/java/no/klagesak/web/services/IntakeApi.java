package no.klagesak.web.services;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import no.klagesak.web.services.IntakeClient.FollowUpView;
import no.klagesak.web.services.IntakeClient.FormRules;
import no.klagesak.web.services.IntakeClient.MyComplaint;
import no.klagesak.web.services.IntakeClient.RetaliationReceipt;
import no.klagesak.web.services.IntakeClient.WithConversation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;
import tools.jackson.databind.JsonNode;

/**
 * intake-service's API as the web calls it ({@link IntakeClient}). The public form and follow-up with a receipt code
 * send no token; what a complainant logged in with ID-porten does, and all of {@code /api}, sends theirs.
 * {@code X-Forwarded-For} is the visitor's address, for intake's limits per source.
 */
interface IntakeApi {

    String SOURCE = "X-Forwarded-For";
    String SUBMISSION_KEY = "Idempotency-Key";

    @GetExchange("/public/tenants/{id}/form")
    @Nullable
    FormRules form(@PathVariable String id);

    @PostExchange(url = "/public/tenants/{id}/complaints", contentType = MediaType.APPLICATION_JSON_VALUE)
    JsonNode submit(
            @PathVariable String id,
            @RequestHeader(SOURCE) String source,
            @RequestHeader(SUBMISSION_KEY) String submissionKey,
            @RequestBody Map<String, Object> complaint);

    /** The complaint ({@code complaint}, JSON) and its files ({@code attachments}) in one request. */
    @PostExchange(url = "/public/tenants/{id}/complaints", contentType = MediaType.MULTIPART_FORM_DATA_VALUE)
    JsonNode submitWithFiles(
            @PathVariable String id,
            @RequestHeader(SOURCE) String source,
            @RequestHeader(SUBMISSION_KEY) String submissionKey,
            @RequestBody MultiValueMap<String, Object> parts);

    /** As {@link #submit}, by a complainant logged in with ID-porten. */
    @UserToken
    @PostExchange(url = "/public/tenants/{id}/complaints", contentType = MediaType.APPLICATION_JSON_VALUE)
    JsonNode submitSignedIn(
            @PathVariable String id,
            @RequestHeader(SOURCE) String source,
            @RequestHeader(SUBMISSION_KEY) String submissionKey,
            @RequestBody Map<String, Object> complaint);

    /** As {@link #submitWithFiles}, by a complainant logged in with ID-porten. */
    @UserToken
    @PostExchange(url = "/public/tenants/{id}/complaints", contentType = MediaType.MULTIPART_FORM_DATA_VALUE)
    JsonNode submitWithFilesSignedIn(
            @PathVariable String id,
            @RequestHeader(SOURCE) String source,
            @RequestHeader(SUBMISSION_KEY) String submissionKey,
            @RequestBody MultiValueMap<String, Object> parts);

    /** Opens the complaint with its receipt code. */
    @PostExchange(url = "/public/tenants/{id}/follow-up", contentType = MediaType.APPLICATION_JSON_VALUE)
    FollowUpView followUp(
            @PathVariable String id, @RequestHeader(SOURCE) String source, @RequestBody Map<String, Object> step);

    /** A step of follow-up with the receipt code: {@code information}, {@code withdrawal}, ... */
    @PostExchange(url = "/public/tenants/{id}/follow-up/{step}", contentType = MediaType.APPLICATION_JSON_VALUE)
    FollowUpView followUpStep(
            @PathVariable String id,
            @PathVariable String step,
            @RequestHeader(SOURCE) String source,
            @RequestBody Map<String, Object> body);

    /** A deviation from the routine the complainant reports with the code: to the managing director, not the handler. */
    @PostExchange(url = "/public/tenants/{id}/follow-up/deviation", contentType = MediaType.APPLICATION_JSON_VALUE)
    void reportDeviation(
            @PathVariable String id, @RequestHeader(SOURCE) String source, @RequestBody Map<String, Object> report);

    @PostExchange(url = "/public/tenants/{id}/follow-up/retaliation", contentType = MediaType.APPLICATION_JSON_VALUE)
    RetaliationReceipt reportRetaliation(
            @PathVariable String id, @RequestHeader(SOURCE) String source, @RequestBody Map<String, Object> report);

    @UserToken
    @GetExchange("/public/tenants/{id}/my/complaints")
    List<MyComplaint> myComplaints(@PathVariable String id);

    @UserToken
    @GetExchange("/public/tenants/{t}/my/complaints/{id}")
    @Nullable
    FollowUpView myComplaint(@PathVariable String t, @PathVariable String id);

    @UserToken
    @PostExchange(url = "/public/tenants/{t}/my/complaints/{id}", contentType = MediaType.APPLICATION_JSON_VALUE)
    FollowUpView myFollowUp(@PathVariable String t, @PathVariable String id, @RequestBody Map<String, Object> step);

    @UserToken
    @PostExchange(url = "/public/tenants/{t}/my/complaints/{id}/{step}", contentType = MediaType.APPLICATION_JSON_VALUE)
    FollowUpView myFollowUpStep(
            @PathVariable String t,
            @PathVariable String id,
            @PathVariable String step,
            @RequestBody Map<String, Object> body);

    @UserToken
    @PostExchange(url = "/api/complaints", contentType = MediaType.APPLICATION_JSON_VALUE)
    JsonNode register(@RequestHeader(SUBMISSION_KEY) String submissionKey, @RequestBody Map<String, Object> complaint);

    @UserToken
    @GetExchange("/api/complaints/{id}/with-conversation")
    @Nullable
    WithConversation withConversation(@PathVariable String id);

    @UserToken
    @PostExchange(url = "/api/complaints/{id}/questions", contentType = MediaType.APPLICATION_JSON_VALUE)
    void ask(@PathVariable String id, @RequestBody Map<String, String> question);

    @UserToken
    @GetExchange("/api/complaints/{id}/reporter")
    @Nullable
    Map<String, Object> reporter(@PathVariable String id);

    @UserToken
    @PostExchange("/api/complaints/{id}/erasure")
    void erase(@PathVariable String id);

    @UserToken
    @GetExchange("/api/complaints/{id}/export")
    byte @Nullable [] accessExport(@PathVariable String id);

    /** Of the person the complaint names, or with {@code person} of one routing found it concerns. */
    @UserToken
    @GetExchange("/api/complaints/{id}/export/concerned")
    byte @Nullable [] concernedExport(@PathVariable String id, @RequestParam(required = false) @Nullable String person);

    @UserToken
    @GetExchange("/api/complaints/{id}/case-file")
    byte @Nullable [] caseFile(@PathVariable String id);

    @UserToken
    @GetExchange("/api/archive/noark5")
    ArchiveOffer archiveOffer(@RequestParam(required = false) @Nullable Integer year);

    @UserToken
    @PostExchange("/api/archive/noark5/extracts")
    ArchiveOffer.Extract startArchiveExtract(@RequestParam int year);

    @UserToken
    @GetExchange("/api/archive/noark5/extracts/{id}")
    ArchiveOffer.Extract archiveExtract(@PathVariable String id);

    /** The zip as it comes, not held in memory: the caller closes it. */
    @UserToken
    @GetExchange("/api/archive/noark5/extracts/{id}/file")
    InputStream archiveExtractFile(@PathVariable String id);

    @UserToken
    @GetExchange("/api/audit")
    List<AuditEntry> audit(@RequestParam(required = false) @Nullable String complaintId);

    /** {@code ids} comma separated. */
    @UserToken
    @GetExchange("/api/complaint-references")
    Map<String, String> references(
            @RequestParam(required = false) @Nullable String ids,
            @RequestParam(required = false) @Nullable String reference);
}
