package no.klagesak.notification.acknowledgement.web;

import no.klagesak.notification.acknowledgement.Acknowledgements;
import no.klagesak.support.security.CurrentTenant;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Shows state and dates only; the address stays out of the API. */
@RestController
class AcknowledgementController {

    private final Acknowledgements acknowledgements;

    AcknowledgementController(Acknowledgements acknowledgements) {
        this.acknowledgements = acknowledgements;
    }

    @GetMapping("/api/acknowledgements/{complaintId}")
    Acknowledgements.AcknowledgementStatus show(Authentication authentication, @PathVariable String complaintId) {
        return acknowledgements
                .status(CurrentTenant.of(authentication), complaintId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
