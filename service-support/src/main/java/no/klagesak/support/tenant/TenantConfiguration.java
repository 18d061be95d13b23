package no.klagesak.support.tenant;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Makes the {@link TenantDirectory} available to every service. */
@AutoConfiguration
@EnableConfigurationProperties(TenantDirectory.class)
public class TenantConfiguration {}
