package no.klagesak.intake.complaint.web;

import no.klagesak.intake.complaint.InvalidComplaint;
import no.klagesak.intake.complaint.UnknownTenant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problems as RFC 9457 problem details. Nothing was stored when one of these is returned. */
@RestControllerAdvice
class IntakeErrors {

    @ExceptionHandler
    ProblemDetail invalid(InvalidComplaint invalid) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The complaint was not registered");
        problem.setProperty("problems", invalid.problems());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownTenant(UnknownTenant unknown) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such tenant");
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The request body is not valid JSON for a complaint");
    }
}
