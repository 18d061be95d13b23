package no.klagesak.intake.complaint.web;

import java.util.Map;
import no.klagesak.intake.complaint.application.FollowingUp;
import no.klagesak.intake.complaint.application.UnknownTenant;
import no.klagesak.intake.complaint.model.CaseStateForbids;
import no.klagesak.intake.complaint.model.InvalidComplaint;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

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

    /** The case's state forbids the step (the shared table): 409, nothing stored, and where the case stands. */
    @ExceptionHandler
    ProblemDetail forbidden(CaseStateForbids forbids) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "The case is " + forbids.state() + "; this cannot be done now");
        problem.setProperty("problems", Map.of("state", "forbidden"));
        problem.setProperty("state", forbids.state());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail withdrawn(FollowingUp.ComplaintWithdrawnAlready withdrawn) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The complaint is withdrawn");
    }

    /** A complaint erased (on request, or when its retention ran out) takes nothing more: 409, nothing stored. */
    @ExceptionHandler
    ProblemDetail erased(FollowingUp.ComplaintErasedAlready erased) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The complaint is erased");
        problem.setProperty("problems", Map.of("complaint", "erased"));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownTenant(UnknownTenant unknown) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such tenant");
    }

    /** Larger than the service reads at all (the rules refuse smaller ones by file, in words). */
    @ExceptionHandler
    ProblemDetail tooLarge(MaxUploadSizeExceededException tooLarge) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE, "The files are too large; the complaint was not registered");
        problem.setProperty("problems", Map.of("attachments", "too-large"));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail missingPart(MissingServletRequestPartException missing) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "A complaint with files needs the complaint as a part named 'complaint'");
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The request body is not valid JSON for a complaint");
    }
}
