package no.klagesak.web.services;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The names of a tenant's categories in the reader's language, by code, from every version of its published routine
 * (a case keeps the category it was received under, also one retired since), and the reserved NAV category. Kept for
 * 30 s per tenant and language: a list or a case page then needs no call to tenant-service of its own (issue 27), and
 * a renamed category shows within that time.
 */
@Component
public class CategoryNames {

    private final TenantServiceClient tenants;
    private final MessageSource messages;
    private final Cache<String, Map<String, String>> kept;

    /** @param keep {@code klagesak.web.category-names-kept}: how long (30 s; the web's own tests keep none) */
    public CategoryNames(
            TenantServiceClient tenants,
            MessageSource messages,
            @Value("${klagesak.web.category-names-kept:30s}") Duration keep) {
        this.tenants = tenants;
        this.messages = messages;
        this.kept =
                Caffeine.newBuilder().expireAfterWrite(keep).maximumSize(10_000).build();
    }

    public Map<String, String> of(String tenantId, Locale locale) {
        return kept.get(tenantId + "/" + locale.getLanguage(), key -> names(tenantId, locale));
    }

    private Map<String, String> names(String tenantId, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("NAV_DECISION", messages.getMessage("category.NAV_DECISION", null, locale));
        tenants.published(tenantId)
                .ifPresent(tenant -> tenant.routines()
                        .forEach(version -> version.routine()
                                .categories()
                                .forEach(c -> names.put(c.code(), c.names().in(locale.getLanguage())))));
        return Collections.unmodifiableMap(names);
    }
}
