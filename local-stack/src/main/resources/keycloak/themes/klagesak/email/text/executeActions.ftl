<#ftl output_format="plainText">
<#-- Klagesak: Keycloak 26's base email/text/executeActions.ftl with the actions as a sentence. -->
<#assign requiredActionsText><#if requiredActions??><#list requiredActions as action>${msg("requiredAction.${action}")}<#if action?has_next><#if action?index == requiredActions?size - 2> ${msg("requiredActionsAnd")} <#else>, </#if></#if></#list></#if></#assign>

${msg("executeActionsBody",link, linkExpiration, realmName, requiredActionsText, linkExpirationFormatter(linkExpiration))}
