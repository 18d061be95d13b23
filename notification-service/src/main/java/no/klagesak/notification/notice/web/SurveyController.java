package no.klagesak.notification.notice.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.klagesak.notification.notice.AnsweringSurvey;
import no.klagesak.support.security.CurrentTenant;
import no.klagesak.support.security.Roles;
import no.klagesak.support.tenant.TenantCopy;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The anonymous surveys, for whoever holds a link: no login, no cookie, and nothing stored or logged that leads back to
 * the case or the person. One answer per link. Staff ask here for a link to the survey offered when a participant
 * leaves, where the routine offers it.
 */
@RestController
class SurveyController {

    private static final String[] STAFF = {"receiver", "handler", "managing-director", "management"};

    private final AnsweringSurvey survey;
    private final TenantCopy tenants;
    private final String webUrl;

    SurveyController(AnsweringSurvey survey, TenantCopy tenants, @Value("${klagesak.web.public-url}") String webUrl) {
        this.survey = survey;
        this.tenants = tenants;
        this.webUrl = webUrl;
    }

    /** @param validDays how many days the link opens the survey */
    record HandedOut(String url, long validDays) {}

    /**
     * A new one-time link to the survey offered when a participant leaves the programme (routine 004), for the staff
     * member to hand over on paper (as a QR code) or by message. 409 when the tenant's routine does not offer it.
     */
    @ApiResponse(responseCode = "201", description = "A new link; nothing records who asked for it or for whom")
    @ApiResponse(responseCode = "409", description = "The routine does not offer the survey when leaving")
    @ApiResponse(responseCode = "429", description = "This member of staff made the day's most links already")
    @PostMapping("/api/surveys/leaving")
    ResponseEntity<?> handOut(Authentication authentication) {
        Roles.require(authentication, "Staff only", STAFF);
        String tenantId = CurrentTenant.of(authentication);
        boolean offered = tenants.find(tenantId)
                .map(t -> t.current().routine().notices().leavingSurvey())
                .orElse(false);
        if (!offered) return problem(HttpStatus.CONFLICT, "The routine does not offer the survey when leaving");
        return survey.handOut(tenantId, authentication.getName())
                .<ResponseEntity<?>>map(token -> ResponseEntity.status(HttpStatus.CREATED)
                        .body(new HandedOut(
                                webUrl + "/t/" + tenantId + "/undersokelse/" + token,
                                AnsweringSurvey.LINK_VALID.toDays())))
                .orElseGet(() -> problem(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "At most " + AnsweringSurvey.LINKS_PER_DAY + " links a day for each member of staff"));
    }

    record Open(String tenantName, String track) {}

    record Answer(
            @Nullable Integer satisfied,
            @Nullable Integer heard,
            @Nullable Boolean wouldComplainAgain) {}

    @GetMapping("/public/surveys/{token}")
    ResponseEntity<?> open(@PathVariable String token) {
        return survey.open(token)
                .<ResponseEntity<?>>map(i -> ResponseEntity.ok(new Open(
                        tenants.find(i.tenantId())
                                .map(t -> t.current().routine().presentation().displayName())
                                .orElse(i.tenantId()),
                        i.track())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(ProblemDetail.forStatusAndDetail(
                                HttpStatus.NOT_FOUND, "No open survey behind this link")));
    }

    @ApiResponse(responseCode = "204", description = "Recorded, without anything that tells who answered")
    @PostMapping("/public/surveys/{token}")
    ResponseEntity<ProblemDetail> answer(@PathVariable String token, @RequestBody Answer answer) {
        return switch (survey.answer(token, answer.satisfied(), answer.heard(), answer.wouldComplainAgain())) {
            case RECORDED -> ResponseEntity.noContent().build();
            case INVALID -> problem(HttpStatus.BAD_REQUEST, "Answer every question: 1 to 5, and yes or no");
            case UNKNOWN -> problem(HttpStatus.NOT_FOUND, "No survey behind this link");
            case ALREADY_ANSWERED -> problem(HttpStatus.CONFLICT, "This survey was answered already");
        };
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
