package no.klagesak.web.services;

import java.io.InputStream;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** intake-service's public endpoints: a tenant's form rules, and a complaint from the public form. No token. */
@Component
public class IntakeClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IntakeApi intake;

    IntakeClient(IntakeApi intake) {
        this.intake = intake;
    }

    /** The rules a complaint sent now is received under; empty when the tenant has no public form. */
    public Optional<FormRules> rules(String tenantId) {
        try {
            return Optional.ofNullable(intake.form(tenantId));
        } catch (HttpClientErrorException.NotFound unknown) {
            return Optional.empty();
        }
    }

    /**
     * Sends a complaint. The submission key makes a repeated send (a double click, a reload) one complaint with one
     * receipt.
     */

    /** One of a logged-in complainant's own complaints. */
    public record MyComplaint(
            String complaintId,
            String reference,
            String track,
            String category,
            Instant receivedAt,
            String state,
            java.time.@Nullable LocalDate deadline) {}

    /** What the complainant logged in with ID-porten sent to the tenant while logged in, newest first. */
    public List<MyComplaint> myComplaints(String tenantId) {
        return intake.myComplaints(tenantId);
    }

    /** One of their complaints as the logged-in complainant follows it; empty when it is not theirs. */
    public Optional<FollowUpView> myComplaint(String tenantId, String complaintId) {
        try {
            return Optional.ofNullable(intake.myComplaint(tenantId, complaintId));
        } catch (HttpClientErrorException.NotFound | HttpClientErrorException.Forbidden notTheirs) {
            return Optional.empty();
        }
    }

    /** A step of follow-up on one of their own complaints, as the logged-in complainant (no code). */
    public FollowedUp myStep(
            String tenantId,
            String complaintId,
            FollowUpAction action,
            @Nullable String text,
            @Nullable String answers,
            @Nullable Boolean agreed) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        body.put("answers", answers);
        body.put("agreed", agreed);
        return withCode(() -> new FollowedUp.Shown(
                action.step == null
                        ? intake.myFollowUp(tenantId, complaintId, body)
                        : intake.myFollowUpStep(tenantId, complaintId, action.step, body)));
    }

    /** A file intake makes for the tenant admin (with the user's token); empty when the tenant has none such. */
    private static Optional<byte[]> download(Supplier<byte @Nullable []> file) {
        try {
            return Optional.ofNullable(file.get());
        } catch (HttpClientErrorException.NotFound notFound) {
            return Optional.empty();
        }
    }

    /** A file to send with a complaint; intake reads its type from the content. */
    public record File(String name, byte[] content) {}

    /**
     * Sends a complaint with files, as one multipart request: either all is stored, or nothing is. The sender's address
     * goes along as {@code X-Forwarded-For}, so intake limits complaints per person, not for everyone behind this web
     * app; a limit reached comes back as the problem {@code sending: too-many}.
     */
    public Sent submit(
            String tenantId, String submissionKey, Map<String, Object> complaint, List<File> files, String source) {
        return submit(tenantId, submissionKey, complaint, files, source, false);
    }

    /**
     * @param signedIn sent by a complainant logged in with ID-porten, with their own token, so it is listed among their
     *     complaints
     */
    public Sent submit(
            String tenantId,
            String submissionKey,
            Map<String, Object> complaint,
            List<File> files,
            String source,
            boolean signedIn) {
        if (files.isEmpty()) {
            return send(() -> signedIn
                    ? intake.submitSignedIn(tenantId, source, submissionKey, complaint)
                    : intake.submit(tenantId, source, submissionKey, complaint));
        }
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        parts.add("complaint", new HttpEntity<>(complaint, json));
        for (File file : files) {
            HttpHeaders part = new HttpHeaders();
            part.setContentType(MediaType.APPLICATION_OCTET_STREAM);
            part.setContentDispositionFormData("attachments", file.name());
            parts.add("attachments", new HttpEntity<>(file.content(), part));
        }
        try {
            return received(
                    signedIn
                            ? intake.submitWithFilesSignedIn(tenantId, source, submissionKey, parts)
                            : intake.submitWithFiles(tenantId, source, submissionKey, parts));
        } catch (HttpClientErrorException.TooManyRequests tooMany) {
            return TOO_MANY;
        } catch (HttpClientErrorException refused) {
            // 400 for a refused file or complaint, 413 for files far over the limit: both say why by field.
            if (refused.getStatusCode().value() != 400
                    && refused.getStatusCode().value() != 413) throw refused;
            return new Sent.Refused(problems(refused));
        }
    }

    /**
     * Staff register a complaint for their own tenant (the one in their token), for example an oral one they wrote
     * down, with how it came and who helped in {@code staffRegistration}.
     */
    public Sent register(String submissionKey, Map<String, Object> complaint) {
        return send(() -> intake.register(submissionKey, complaint));
    }

    /** A complaint sent as JSON: its receipt, or why it was refused. */
    private static Sent send(Supplier<JsonNode> request) {
        try {
            return received(request.get());
        } catch (HttpClientErrorException.BadRequest refused) {
            return new Sent.Refused(problems(refused));
        } catch (HttpClientErrorException.TooManyRequests tooMany) {
            return TOO_MANY;
        }
    }

    /** Too many complaints from this person, or to this tenant, in a short time: nothing was stored. */
    private static final Sent TOO_MANY = new Sent.Refused(Map.of("sending", "too-many"));

    private static Sent received(JsonNode receipt) {
        return new Sent.Received(
                receipt.path("reference").asString(),
                receipt.path("track").isString() ? receipt.path("track").asString() : null,
                receipt.path("receiptCode").isString()
                        ? receipt.path("receiptCode").asString()
                        : null);
    }

    private static Map<String, String> problems(HttpClientErrorException refused) {
        JsonNode problems = JSON.readTree(refused.getResponseBodyAsString()).path("problems");
        Map<String, String> byField = new LinkedHashMap<>();
        problems.properties().forEach(e -> byField.put(e.getKey(), e.getValue().asString()));
        return byField;
    }

    /** A complaint as its handler reads it: the text, who complained, how it came, and the files. */
    public record ComplaintText(
            String id,
            String reference,
            String subject,
            String description,
            @Nullable String desiredChange,
            @Nullable Map<String, Object> complainant,
            boolean anonymous,
            String channel,
            Instant receivedAt,
            @Nullable List<Map<String, Object>> attachments,
            @Nullable Boolean reporterWithheld,
            @Nullable String registeredBy,
            @Nullable Map<String, Object> staffRegistration,
            @Nullable String concernsName) {

        /** Of a whistleblowing report, who reported is kept apart and shown only on request. */
        public boolean withheld() {
            return Boolean.TRUE.equals(reporterWithheld);
        }
    }

    /**
     * What the case page shows of a complaint: its text, the conversation with the complainant (null if none), and its
     * journal (what was received from and sent to the complainant, as the archive gets it; null from an older intake).
     */
    public record WithConversation(
            ComplaintText complaint,
            @Nullable Conversation conversation,
            @Nullable List<JournalEntry> journal) {}

    /** One record of a case's journal: numbered in the case, incoming or outgoing, titled in Bokmål as archived. */
    public record JournalEntry(int number, String direction, java.time.Instant at, String title, String party) {}

    /** The complaint's text and its conversation in one read, with the user's own token; empty when hidden. */
    public Optional<WithConversation> withConversation(String complaintId) {
        try {
            return Optional.ofNullable(intake.withConversation(complaintId));
        } catch (HttpClientErrorException.NotFound hidden) {
            return Optional.empty();
        }
    }

    /** The conversation with the complainant, as the handler sees it. */
    public record Conversation(String reference, String state, List<Map<String, Object>> messages) {}

    /** A question to the complainant: e-mailed to a named one later, shown on the follow-up page to everyone. */
    public Optional<String> ask(String complaintId, String question) {
        try {
            intake.ask(complaintId, Map.of("text", question));
            return Optional.empty();
        } catch (HttpClientErrorException.BadRequest | HttpClientErrorException.Conflict refused) {
            return Optional.of(refused.getStatusCode().value() == 409 ? "state" : "text");
        }
    }

    /** What the complainant can do on the follow-up page; each needs the receipt code. */
    public enum FollowUpAction {
        OPEN(null),
        INFORMATION("information"),
        WITHDRAWAL("withdrawal"),
        ESCALATION("escalation"),
        /** Confirming the minutes of a meeting, or saying they do not agree. */
        MINUTES("minutes"),
        /** Reporting that the routine was not followed ({@link IntakeClient#reportDeviation}). */
        DEVIATION("deviation");

        /** The step's part of the path after the complaint's; none to open it. */
        private final @Nullable String step;

        FollowUpAction(@Nullable String step) {
            this.step = step;
        }
    }

    /**
     * One step of follow-up with the receipt code. The person's address goes along as {@code X-Forwarded-For}, so
     * intake can limit wrong codes per person rather than for everyone behind this web app; intake keeps it in memory
     * only.
     *
     * @param agreed for minutes: whether the complainant confirms them
     */
    public FollowedUp followUp(
            String tenantId,
            FollowUpAction action,
            String code,
            @Nullable String text,
            @Nullable String answers,
            @Nullable Boolean agreed,
            String source) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("text", text);
        body.put("answers", answers);
        body.put("agreed", agreed);
        return withCode(() -> new FollowedUp.Shown(
                action.step == null
                        ? intake.followUp(tenantId, source, body)
                        : intake.followUpStep(tenantId, action.step, source, body)));
    }

    /**
     * The complainant, with the code, reports that the routine was not followed (routine 001): it goes to the managing
     * director through routing, never into the case's conversation. The same form (its id) sent twice is one report.
     */
    public FollowedUp reportDeviation(String tenantId, String code, DeviationReport report, String source) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("formId", report.formId());
        body.put("kind", report.kind());
        body.put("text", report.text());
        body.put("happenedOn", report.happenedOn());
        body.put("concernsDirector", report.concernsDirector());
        return withCode(() -> {
            intake.reportDeviation(tenantId, source, body);
            return new FollowedUp.DeviationReported();
        });
    }

    /** What the complainant wrote in the deviation form, kept to show again when it is refused. */
    public record DeviationReport(
            String formId,
            @Nullable String kind,
            @Nullable String text,
            @Nullable String happenedOn,
            boolean concernsDirector) {}

    /**
     * The reporter of a whistleblowing report, with its code, reports suspected retaliation: a new report linked to
     * the first, with its own reference and code.
     */
    public FollowedUp reportRetaliation(
            String tenantId, String code, @Nullable String text, @Nullable String desiredChange, String source) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("text", text);
        body.put("desiredChange", desiredChange == null || desiredChange.isBlank() ? null : desiredChange);
        return withCode(() -> {
            var receipt = intake.reportRetaliation(tenantId, source, body);
            return new FollowedUp.Reported(receipt.reference(), receipt.receiptCode());
        });
    }

    record RetaliationReceipt(String reference, String receiptCode) {}

    /** A step with the receipt code, and what intake's refusals mean to the page. */
    private FollowedUp withCode(Supplier<FollowedUp> step) {
        try {
            return step.get();
        } catch (HttpClientErrorException.BadRequest refused) {
            return new FollowedUp.Refused(problems(refused));
        } catch (HttpClientErrorException.NotFound wrong) {
            return new FollowedUp.WrongCode();
        } catch (HttpClientErrorException.Conflict conflict) {
            // The case's state forbids the step (it moved on since the page was shown), or it was withdrawn.
            var problems = problems(conflict);
            return problems.isEmpty() ? new FollowedUp.Withdrawn() : new FollowedUp.Refused(problems);
        } catch (HttpClientErrorException.TooManyRequests tooMany) {
            String after = tooMany.getResponseHeaders() == null
                    ? null
                    : tooMany.getResponseHeaders().getFirst("Retry-After");
            long seconds = after == null ? 900 : Long.parseLong(after);
            return new FollowedUp.TooManyTries(Math.max(1, (seconds + 59) / 60));
        }
    }

    /**
     * The complaint as its complainant sees it; nothing names the handler.
     *
     * @param state where the case stands in the complainant's terms ({@code RECEIVED}, {@code IN_PROGRESS}, {@code
     *     WAITING_FOR_YOU}, {@code ANSWERED}, {@code ESCALATION_REQUESTED}, {@code WITH_MANAGEMENT}, {@code DECIDED},
     *     {@code WITHDRAWN})
     * @param allowed what they may do now: {@code ADD_INFORMATION}, {@code ANSWER_QUESTION}, {@code WITHDRAW},
     *     {@code ESCALATE}
     */
    public record FollowUpView(
            String reference,
            String track,
            String category,
            boolean anonymous,
            Instant receivedAt,
            String state,
            java.time.@Nullable LocalDate deadline,
            boolean clockStopped,
            @Nullable String outcome,
            boolean finalDecision,
            boolean escalationOffered,
            @Nullable String openQuestion,
            @Nullable String openMinutes,
            Set<String> allowed,
            List<FollowUpMessage> messages) {

        public boolean may(String step) {
            return allowed.contains(step);
        }

        /** The latest of the handler's answer and management's decision, which the page shows first. */
        public Optional<FollowUpMessage> answer() {
            return messages.reversed().stream()
                    .filter(m -> m.kind().equals("ANSWER") || m.kind().equals("DECISION"))
                    .findFirst();
        }
    }

    public record FollowUpMessage(
            String id,
            String kind,
            String text,
            Instant at,
            @Nullable String answers) {
        public boolean fromComplainant() {
            return Set.of("INFORMATION", "WITHDRAWAL", "ESCALATION", "MINUTES_CONFIRMED", "MINUTES_DISPUTED")
                    .contains(kind);
        }
    }

    /** What came of a step of follow-up. */
    public sealed interface FollowedUp {
        record Shown(FollowUpView view) implements FollowedUp {}

        record Refused(Map<String, String> problems) implements FollowedUp {}

        record WrongCode() implements FollowedUp {}

        record Withdrawn() implements FollowedUp {}

        record TooManyTries(long minutes) implements FollowedUp {}

        /** A new report was made (of retaliation): its reference and the code to follow it, shown once. */
        record Reported(String reference, String receiptCode) implements FollowedUp {}

        /** A deviation was reported; the page opens the case again to show it. */
        record DeviationReported() implements FollowedUp {}
    }

    public record FormRules(
            int version,
            boolean anonymousAllowed,
            boolean nameRequired,
            boolean contactRequired,
            boolean desiredChangeRequired,
            boolean writtenOnly,
            Set<String> complainantRoles,
            Map<String, String> categories,
            Map<String, String> units,
            Map<String, String> receivers) {

        /** Units and receivers are offered in the order of their names. */
        public FormRules {
            units = byName(units);
            receivers = byName(receivers);
        }

        private static Map<String, String> byName(@Nullable Map<String, String> choices) {
            Map<String, String> sorted = new LinkedHashMap<>();
            if (choices != null) {
                choices.entrySet().stream()
                        .sorted(Map.Entry.comparingByValue())
                        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            }
            return sorted;
        }
    }

    /** What came of a complaint sent. */
    public sealed interface Sent {
        /** @param receiptCode the code to follow the complaint up with, given once; null on a repeated send */
        /** @param track decides the expected handling time the receipt states */
        record Received(
                String reference,
                @Nullable String track,
                @Nullable String receiptCode) implements Sent {}

        /** Field name to problem code, e.g. {@code complainant.email} → {@code contact-required}. */
        record Refused(Map<String, String> problems) implements Sent {}
    }

    /** The tenant's audit log in this service, newest first; of one complaint when it is given (tenant admin). */
    public List<AuditEntry> audit(@Nullable String complaintId) {
        return intake.audit(complaintId);
    }

    /**
     * The reference numbers of these complaints by id, and with {@code reference} the complaint that has it (tenant
     * admin); nothing of their content.
     */
    public Map<String, String> references(Collection<String> ids, @Nullable String reference) {
        return intake.references(ids.isEmpty() ? null : String.join(",", ids), reference);
    }

    /** What became of an erasure request. */
    public enum Erasure {
        ERASED,
        /** The tenant has no such complaint. */
        UNKNOWN,
        /** A legal hold is on its case. */
        HELD
    }

    /**
     * Carries out a complainant's erasure request (tenant admin): the content and the complainant's data are erased in
     * every service, unless a legal hold is on the case.
     */
    public Erasure erase(String complaintId) {
        try {
            intake.erase(complaintId);
            return Erasure.ERASED;
        } catch (HttpClientErrorException.NotFound notFound) {
            return Erasure.UNKNOWN;
        } catch (HttpClientErrorException.Conflict held) {
            return Erasure.HELD;
        }
    }

    /**
     * What is registered about the person a complaint names, without who complained and other third parties, for
     * their access request (tenant admin); empty when the complaint names no person.
     */
    public Optional<byte[]> concernedExport(String complaintId) {
        return download(() -> intake.concernedExport(complaintId, null));
    }

    /**
     * As {@link #concernedExport(String)}, for one of the people routing found the case concerns; empty when it does not
     * concern them; {@link ConcernedExceptionInForce} while an exception not to tell them is in force.
     */
    public Optional<byte[]> concernedExport(String complaintId, String personId) {
        try {
            return Optional.ofNullable(intake.concernedExport(complaintId, personId));
        } catch (HttpClientErrorException.NotFound notFound) {
            return Optional.empty();
        } catch (HttpClientErrorException.Conflict excepted) {
            var problem = excepted.getResponseBodyAs(ProblemDetail.class);
            throw new ConcernedExceptionInForce(problem == null ? "" : String.valueOf(problem.getDetail()));
        }
    }

    /** An exception not to tell the person is in force (personopplysningsloven § 16): no access until it is lifted. */
    public static final class ConcernedExceptionInForce extends RuntimeException {
        public ConcernedExceptionInForce(String detail) {
            super(detail);
        }
    }

    /** The case's whole file as PDF/A, with the user's token; empty when they may not read it. */
    public Optional<byte[]> caseFile(String complaintId) {
        return download(() -> intake.caseFile(complaintId));
    }

    /**
     * The years that are over and what the chosen one's archive extract holds (tenant admin); the latest by default.
     * Empty for a year intake offers none for (one not over).
     */
    public Optional<ArchiveOffer> archiveOffer(@Nullable Integer year) {
        try {
            return Optional.of(intake.archiveOffer(year));
        } catch (HttpClientErrorException.BadRequest notOffered) {
            return Optional.empty();
        }
    }

    /**
     * Asks intake to make a year's Noark 5 extract (tenant admin), in the background; the one being made for the year
     * if there is one. Empty when the year is not over or no case ended in it.
     */
    public Optional<ArchiveOffer.Extract> startArchiveExtract(int year) {
        try {
            return Optional.of(intake.startArchiveExtract(year));
        } catch (HttpClientErrorException.BadRequest | HttpClientErrorException.NotFound notOffered) {
            return Optional.empty();
        }
    }

    /** How far the extract has come; empty for one not the tenant's, or forgotten after a day. */
    public Optional<ArchiveOffer.Extract> archiveExtract(String id) {
        try {
            return Optional.ofNullable(intake.archiveExtract(id));
        } catch (HttpClientErrorException.NotFound forgotten) {
            return Optional.empty();
        }
    }

    /**
     * The finished extract's zip as it comes from intake, which logs each case in it as handed over; the caller closes
     * it. Empty when there is none (yet).
     */
    public Optional<InputStream> archiveExtractFile(String id) {
        try {
            return Optional.ofNullable(intake.archiveExtractFile(id));
        } catch (HttpClientErrorException.NotFound | HttpClientErrorException.Conflict notReady) {
            return Optional.empty();
        }
    }

    /** What intake holds about a complaint and its complainant, for an access request (tenant admin); empty if none. */
    public Optional<byte[]> accessExport(String complaintId) {
        return download(() -> intake.accessExport(complaintId));
    }

    /**
     * Who reported a whistleblowing report: intake discloses it only to those who investigate it, and logs it. Empty
     * when the caller may not see it (or the report is anonymous).
     */
    public Optional<Map<String, Object>> reporter(String complaintId) {
        try {
            return Optional.ofNullable(intake.reporter(complaintId));
        } catch (HttpClientErrorException.NotFound | HttpClientErrorException.Forbidden refused) {
            return Optional.empty();
        }
    }
}
