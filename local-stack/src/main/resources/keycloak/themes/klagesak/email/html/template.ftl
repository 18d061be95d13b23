<#-- Klagesak: Keycloak's e-mail frame with the product's name and plain, readable type (styles inline, as mail
     programs drop style sheets). The text of each e-mail is in messages/messages_*.properties. -->
<#macro emailLayout>
<html lang="${locale.language}" dir="${(ltr)?then('ltr','rtl')}">
<body style="margin:0; padding:24px 16px; background:#ffffff; color:#1a1a1a; font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif; font-size:16px; line-height:1.5;">
<div style="max-width:36rem;">
<p style="margin:0 0 16px; padding-bottom:8px; border-bottom:1px solid #767676; font-size:20px; font-weight:700;">Klagesak</p>
<#nested>
</div>
</body>
</html>
</#macro>
