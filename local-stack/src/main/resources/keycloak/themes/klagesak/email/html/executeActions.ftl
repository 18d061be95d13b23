<#-- Klagesak: Keycloak 26's base email/html/executeActions.ftl with the actions as a sentence ("choose a password and
     fill in your details") instead of a comma list. -->
<#outputformat "plainText">
<#assign requiredActionsText><#if requiredActions??><#list requiredActions as action>${msg("requiredAction.${action}")}<#if action?has_next><#if action?index == requiredActions?size - 2> ${msg("requiredActionsAnd")} <#else>, </#if></#if></#list></#if></#assign>
</#outputformat>

<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("executeActionsBodyHtml",link, linkExpiration, realmName, requiredActionsText, linkExpirationFormatter(linkExpiration)))?no_esc}
</@layout.emailLayout>
