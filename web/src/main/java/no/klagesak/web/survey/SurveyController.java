package no.klagesak.web.survey;

import jakarta.servlet.http.HttpServletResponse;
import no.klagesak.web.services.NotificationServiceClient;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Three short questions behind the link in the survey e-mail, or behind the link a participant was handed when leaving
 * the programme (other questions, the same form). Nothing on the page or in the answer names the case or the person;
 * the link works once.
 */
@Controller
class SurveyController {

    /** The track of an invitation to the survey when leaving the programme, as notification names it. */
    static final String LEAVING = "LEAVING";

    private final NotificationServiceClient notifications;

    SurveyController(NotificationServiceClient notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/t/{tenantId}/undersokelse/{token}")
    String show(@PathVariable String tenantId, @PathVariable String token, Model model) {
        var survey = notifications.survey(token);
        if (survey.isEmpty()) {
            model.addAttribute("gone", true);
            return "survey/survey";
        }
        model.addAttribute("gone", false);
        model.addAttribute("leaving", LEAVING.equals(survey.get().track()));
        model.addAttribute("tenantName", survey.get().tenantName());
        model.addAttribute("missing", false);
        return "survey/survey";
    }

    @PostMapping("/t/{tenantId}/undersokelse/{token}")
    String answer(
            @PathVariable String tenantId,
            @PathVariable String token,
            @RequestParam(required = false) @Nullable Integer satisfied,
            @RequestParam(required = false) @Nullable Integer heard,
            @RequestParam(required = false) @Nullable Boolean again,
            Model model,
            HttpServletResponse response) {
        return switch (notifications.answerSurvey(token, satisfied, heard, again)) {
            case RECORDED -> "survey/thanks";
            case INCOMPLETE -> {
                var survey = notifications.survey(token);
                model.addAttribute("gone", survey.isEmpty());
                model.addAttribute(
                        "leaving", survey.map(s -> LEAVING.equals(s.track())).orElse(false));
                model.addAttribute(
                        "tenantName",
                        survey.map(NotificationServiceClient.OpenSurvey::tenantName)
                                .orElse(""));
                model.addAttribute("missing", true);
                model.addAttribute("satisfied", satisfied);
                model.addAttribute("heard", heard);
                model.addAttribute("again", again);
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                yield "survey/survey";
            }
            case GONE -> {
                model.addAttribute("gone", true);
                response.setStatus(HttpStatus.GONE.value());
                yield "survey/survey";
            }
        };
    }
}
