package no.klagesak.web.board;

import no.klagesak.web.NorwegianTime;
import no.klagesak.web.services.TenantServiceClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.client.RestClientException;

/**
 * The routine's yearly evaluations as the review page and the board's page show them (issue 29): {@code evaluations}
 * in the model, or {@code evaluationsMissing} when the tenant service does not answer, so the rest of the page still
 * shows.
 */
final class RoutineEvaluations {

    private static final Logger LOG = LoggerFactory.getLogger(RoutineEvaluations.class);

    private RoutineEvaluations() {}

    static void addTo(Model model, TenantServiceClient tenants, String tenantId) {
        model.addAttribute("dates", NorwegianTime.PAGES);
        try {
            model.addAttribute("evaluations", tenants.evaluations(tenantId));
        } catch (RestClientException away) {
            LOG.warn("The routine's evaluations are left out: {}", away.toString());
            model.addAttribute("evaluationsMissing", true);
        }
    }
}
