package no.klagesak.tenants.tenant.web;

import no.klagesak.tenants.tenant.IdentityProvider;
import no.klagesak.tenants.tenant.InvalidSettings;
import no.klagesak.tenants.tenant.ManagingTenants;
import no.klagesak.tenants.tenant.Tenants;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problems as RFC 9457 problem details, as every other service answers them. A refused change stored nothing; its
 * {@code problems} name each field with a code and the words the admin reads.
 */
@RestControllerAdvice
class TenantErrors {

    @ExceptionHandler
    ProblemDetail invalid(InvalidSettings invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The settings were not saved");
        problem.setProperty("problems", invalid.problems());
        return problem;
    }

    /** The tenant is stored, but Keycloak did not finish its part; sending the same form again finishes it. */
    @ExceptionHandler
    ProblemDetail identityProviderUnavailable(IdentityProvider.Unavailable unavailable) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_GATEWAY,
                "Virksomheten er lagret, men innloggingstjenesten fullførte ikke. Send det samme skjemaet igjen for å"
                        + " fullføre.");
    }

    @ExceptionHandler
    ProblemDetail unknown(ManagingTenants.UnknownTenant unknown) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such tenant");
    }

    @ExceptionHandler
    ProblemDetail concurrent(Tenants.ConcurrentChange concurrent) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, concurrent.getMessage());
    }
}
