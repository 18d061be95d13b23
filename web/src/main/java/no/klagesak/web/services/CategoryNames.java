package no.klagesak.web.services;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The names of a tenant's categories in the reader's language, by code, from every version of its published routine
 * (a case keeps the category it was received under, also one retired since), and the reserved NAV category.
 */
@Component
public class CategoryNames {

    private final TenantServiceClient tenants;
    private final MessageSource messages;

    public CategoryNames(TenantServiceClient tenants, MessageSource messages) {
        this.tenants = tenants;
        this.messages = messages;
    }

    public Map<String, String> of(String tenantId, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("NAV_DECISION", messages.getMessage("category.NAV_DECISION", null, locale));
        tenants.published(tenantId)
                .ifPresent(tenant -> tenant.routines()
                        .forEach(version -> version.routine()
                                .categories()
                                .forEach(c -> names.put(c.code(), c.names().in(locale.getLanguage())))));
        return names;
    }
}
