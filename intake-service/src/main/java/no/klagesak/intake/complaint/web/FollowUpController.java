package no.klagesak.intake.complaint.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import no.klagesak.contracts.CaseLifecycle;
import no.klagesak.intake.complaint.application.FollowingUp;
import no.klagesak.intake.complaint.application.RegisteringComplaint;
import no.klagesak.intake.complaint.model.ComplaintId;
import no.klagesak.intake.complaint.model.DeviationForm;
import no.klagesak.intake.complaint.model.FollowUp;
import no.klagesak.intake.complaint.model.InvalidComplaint;
import no.klagesak.intake.complaint.model.Message;
import no.klagesak.intake.complaint.model.ReceiptCode;
import no.klagesak.support.access.NeedToKnow;
import no.klagesak.support.security.CurrentTenant;
import no.klagesak.support.security.TenantAuthentication;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The complainant's side of follow-up, with the receipt code and no identity, and the handler's questions. The code
 * travels in the body, never in a URL, so it stays out of access logs and browser history. Wrong codes are limited
 * per source and per tenant.
 */
@RestController
class FollowUpController {

    private final NeedToKnow needToKnow;
    private final FollowingUp followingUp;
    private final GuessLimiter guesses;
    private final RegisteringComplaint registering;

    FollowUpController(
            FollowingUp followingUp, RegisteringComplaint registering, GuessLimiter guesses, NeedToKnow needToKnow) {
        this.registering = registering;
        this.needToKnow = needToKnow;
        this.followingUp = followingUp;
        this.guesses = guesses;
    }

    /**
     * What the complainant sends: the code, and for a change the text it adds; for minutes, whether they agree.
     */
    record CodeRequest(
            @Nullable String code,
            @Nullable String text,
            @Nullable String answers,
            @Nullable String desiredChange,
            @Nullable Boolean agreed) {}

    /** A new report's reference and the receipt code to follow it with, given this once. */
    record RetaliationReceipt(String complaintId, String reference, Instant receivedAt, String receiptCode) {}

    /**
     * The reporter of a whistleblowing report suspects retaliation (arbeidsmiljøloven § 2 A-4): a new report, linked to
     * the first, with its own reference and receipt code.
     */
    @ApiResponse(responseCode = "201", description = "Received as a report of its own, with its own receipt code")
    @PostMapping("/public/tenants/{tenantId}/follow-up/retaliation")
    ResponseEntity<?> reportRetaliation(
            @PathVariable String tenantId, @RequestBody CodeRequest request, HttpServletRequest http) {
        return withCode(
                tenantId,
                request.code(),
                http,
                code -> registering.reportRetaliation(tenantId, code, request.text(), request.desiredChange()),
                receipt -> ResponseEntity.status(HttpStatus.CREATED)
                        .body(new RetaliationReceipt(
                                receipt.complaintId().value(),
                                receipt.reference(),
                                receipt.receivedAt(),
                                receipt.receiptCode().digits())));
    }

    /**
     * What the complainant sees. Nothing here names the handler.
     *
     * @param state where the case stands, in the complainant's terms
     * @param deadline when the answer is due, once routing has set it and until the case is answered
     * @param clockStopped the deadline stands still while the handler waits for the complainant's answer
     * @param outcome the answer's or the decision's outcome
     * @param finalDecision management decided; nothing more can be done
     * @param allowed what the complainant may do now (the shared table of the case's life)
     */
    record FollowUpView(
            String reference,
            String track,
            String category,
            boolean anonymous,
            Instant receivedAt,
            FollowUp.Shown state,
            @Nullable LocalDate deadline,
            boolean clockStopped,
            @Nullable String outcome,
            boolean finalDecision,
            boolean escalationOffered,
            @Nullable String openQuestion,
            @Nullable String openMinutes,
            Set<CaseLifecycle.Step> allowed,
            List<MessageView> messages) {

        /** The complaint as its complainant sees it, with the code or logged in as its owner. */
        static FollowUpView of(FollowUp followUp, boolean offered) {
            var standing = followUp.standing();
            return new FollowUpView(
                    followUp.reference(),
                    followUp.track().name(),
                    followUp.category(),
                    followUp.anonymous(),
                    followUp.receivedAt(),
                    followUp.shown(),
                    // When the answer is due, while it is still to come.
                    standing == null || !followUp.lifecycleState().open() ? null : standing.deadline(),
                    followUp.shown() == FollowUp.Shown.WAITING_FOR_YOU,
                    standing == null ? null : standing.outcome(),
                    followUp.shown() == FollowUp.Shown.DECIDED,
                    offered,
                    followUp.openQuestion().map(Message::id).orElse(null),
                    followUp.openMinutes().map(Message::id).orElse(null),
                    followUp.allowedToComplainant(offered),
                    followUp.messages().stream()
                            .map(m -> new MessageView(m.id(), m.kind(), m.text(), m.at(), m.answers()))
                            .toList());
        }
    }

    record MessageView(
            String id,
            Message.Kind kind,
            String text,
            Instant at,
            @Nullable String answers) {}

    @PostMapping("/public/tenants/{tenantId}/follow-up")
    ResponseEntity<?> open(@PathVariable String tenantId, @RequestBody CodeRequest request, HttpServletRequest http) {
        return withCode(
                tenantId,
                request,
                http,
                code -> followingUp.open(tenantId, code).orElseThrow(() -> new FollowingUpWrongCode()));
    }

    @PostMapping("/public/tenants/{tenantId}/follow-up/information")
    ResponseEntity<?> addInformation(
            @PathVariable String tenantId, @RequestBody CodeRequest request, HttpServletRequest http) {
        return withCode(
                tenantId,
                request,
                http,
                code -> followingUp.addInformation(tenantId, code, request.text(), request.answers()));
    }

    @PostMapping("/public/tenants/{tenantId}/follow-up/withdrawal")
    ResponseEntity<?> withdraw(
            @PathVariable String tenantId, @RequestBody CodeRequest request, HttpServletRequest http) {
        return withCode(tenantId, request, http, code -> followingUp.withdraw(tenantId, code, request.text()));
    }

    /** The complainant confirms the minutes of a meeting, or says they do not agree. */
    @PostMapping("/public/tenants/{tenantId}/follow-up/minutes")
    ResponseEntity<?> answerMinutes(
            @PathVariable String tenantId, @RequestBody CodeRequest request, HttpServletRequest http) {
        return withCode(
                tenantId,
                request,
                http,
                code -> followingUp.answerMinutes(tenantId, code, request.answers(), request.agreed(), request.text()));
    }

    @PostMapping("/public/tenants/{tenantId}/follow-up/escalation")
    ResponseEntity<?> escalate(
            @PathVariable String tenantId, @RequestBody CodeRequest request, HttpServletRequest http) {
        return withCode(tenantId, request, http, code -> followingUp.requestEscalation(tenantId, code, request.text()));
    }

    /**
     * A deviation the complainant reports from the follow-up page: the code, and the form.
     *
     * @param formId the form's own id (the page makes one, a UUID): the same form sent twice is one report
     * @param kind {@code ACKNOWLEDGEMENT}, {@code DEADLINE}, {@code LEVEL}, {@code INFORMATION}, {@code
     *     CONFIDENTIALITY} or {@code OTHER}
     * @param text what happened, at most 5000 characters
     * @param happenedOn when, as an ISO date ({@code 2026-11-20}); optional, not in the future
     * @param concernsDirector it concerns the managing director; optional, left out means no
     */
    record DeviationRequest(
            @Nullable String code,
            @Nullable String formId,
            @Nullable String kind,
            @Nullable String text,
            @Nullable String happenedOn,
            @Nullable Boolean concernsDirector) {}

    /** The deviation is on its way to the managing director (or, when it concerns them, the alternative receiver). */
    record DeviationReceipt(boolean reported) {}

    /**
     * The complainant reports that the routine was not followed (routine 001), in any state of the case, also after it
     * was closed. It goes to the managing director, through routing; its words are not added to the conversation,
     * which the handler reads, and never logged. A form sent twice is one report. 400 with every problem of the form,
     * nothing stored; 409 when the complaint is erased.
     */
    @ApiResponse(responseCode = "202", description = "Reported: on its way to the managing director")
    @PostMapping("/public/tenants/{tenantId}/follow-up/deviation")
    ResponseEntity<?> reportDeviation(
            @PathVariable String tenantId, @RequestBody DeviationRequest request, HttpServletRequest http) {
        var form = new DeviationForm(
                request.formId(), request.kind(), request.text(), request.happenedOn(), request.concernsDirector());
        // Every problem of the form at once, with the code's, before any code is looked up.
        var problems = new LinkedHashMap<>(followingUp.deviationProblems(form));
        if (!problems.isEmpty()) {
            if (ReceiptCode.parse(request.code()).isEmpty()) problems.put("code", "invalid");
            throw new InvalidComplaint(problems);
        }
        return withCode(
                tenantId,
                request.code(),
                http,
                code -> {
                    followingUp.reportDeviation(tenantId, code, form);
                    return new DeviationReceipt(true);
                },
                reported -> ResponseEntity.status(HttpStatus.ACCEPTED).body(reported));
    }

    /** The handler's view of the conversation, in the handler's own tenant. */
    @GetMapping("/api/complaints/{id}/conversation")
    FollowUpStaffView conversation(Authentication authentication, @PathVariable String id) {
        String tenantId = CurrentTenant.of(authentication);
        needToKnow.mayRead(authentication, id, "CONVERSATION");
        return followingUp
                .find(tenantId, new ComplaintId(id))
                .map(FollowUpStaffView::of)
                .orElseThrow(FollowingUpWrongCode::new);
    }

    record QuestionRequest(@Nullable String text) {}

    @ApiResponse(responseCode = "201", description = "Asked: the complainant sees it on the follow-up page")
    @PostMapping("/api/complaints/{id}/questions")
    ResponseEntity<FollowUpStaffView> ask(
            Authentication authentication, @PathVariable String id, @RequestBody QuestionRequest request) {
        String tenantId = CurrentTenant.of(authentication);
        String handler = ((TenantAuthentication) authentication).username();
        needToKnow.mayAsk(authentication, id, "CONVERSATION");
        FollowUp asked = followingUp.ask(tenantId, new ComplaintId(id), handler, request.text());
        return ResponseEntity.status(HttpStatus.CREATED).body(FollowUpStaffView.of(asked));
    }

    record FollowUpStaffView(String reference, FollowUp.Shown state, List<Message> messages) {
        static FollowUpStaffView of(FollowUp followUp) {
            return new FollowUpStaffView(followUp.reference(), followUp.shown(), followUp.messages());
        }
    }

    private ResponseEntity<?> withCode(
            String tenantId, CodeRequest request, HttpServletRequest http, Function<ReceiptCode, FollowUp> action) {
        return withCode(
                tenantId, request.code(), http, action, followUp -> ResponseEntity.ok(view(tenantId, followUp)));
    }

    /** The wrong-code limits around any step the complainant takes with the code. */
    private <T> ResponseEntity<?> withCode(
            String tenantId,
            @Nullable String typedCode,
            HttpServletRequest http,
            Function<ReceiptCode, T> action,
            Function<T, ResponseEntity<?>> answer) {
        // The address after trusted proxies (server.forward-headers-strategy): counted as a keyed hash, never logged.
        var guess = guesses.guess(http.getRemoteAddr(), tenantId);
        var blocked = guess.refused();
        if (blocked.isPresent()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.TOO_MANY_REQUESTS, "Too many wrong receipt codes. Try again later.");
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(
                            HttpHeaders.RETRY_AFTER,
                            String.valueOf(blocked.get().toSeconds() + 1))
                    .body(problem);
        }
        // Counted as a wrong code from here on, so guesses sent at once cannot all pass the limit before any is found
        // wrong; given back once the code is known not to be wrong.
        var code = ReceiptCode.parse(typedCode);
        if (code.isEmpty()) throw new InvalidComplaint(Map.of("code", "invalid"));
        T result;
        try {
            result = action.apply(code.get());
        } catch (FollowingUp.UnknownReceiptCode | FollowingUpWrongCode wrong) {
            throw new FollowingUpWrongCode();
        } catch (RuntimeException notAboutTheCode) {
            // The code was right, or never looked up (the tenant is not served here, or the store failed).
            guess.notWrong();
            throw notAboutTheCode;
        }
        guess.notWrong();
        return answer.apply(result);
    }

    private FollowUpView view(String tenantId, FollowUp followUp) {
        return FollowUpView.of(followUp, followingUp.escalationOffered(tenantId));
    }

    @ExceptionHandler
    ProblemDetail wrongCode(FollowingUpWrongCode wrong) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No complaint has this receipt code");
    }

    @ExceptionHandler
    ProblemDetail unknown(FollowingUp.UnknownReceiptCode unknown) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such complaint");
    }

    private static final class FollowingUpWrongCode extends RuntimeException {
        FollowingUpWrongCode() {
            super("Wrong receipt code");
        }
    }
}
