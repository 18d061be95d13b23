package no.klagesak.tenants.account;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import no.klagesak.tenants.tenant.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The company's own login, connected to its organization: staff whose e-mail is in {@code domain} log in with their
 * work account there, and are matched by e-mail to the login the organisation made for them.
 *
 * @param issuer for {@link Kind#ENTRA} the directory (tenant) id or the issuer; for {@link Kind#OIDC} the issuer; not
 *     used for {@link Kind#GOOGLE}
 * @param clientSecret given when connecting; never read back
 */
public record CompanyLogin(
        Kind kind, String issuer, String clientId, @Nullable String clientSecret, String domain) {

    /** The providers an admin picks from; any other speaks OpenID Connect. */
    public enum Kind {
        ENTRA,
        GOOGLE,
        OIDC
    }

    private static final Pattern DOMAIN =
            Pattern.compile("^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");
    private static final Pattern DIRECTORY = Pattern.compile("^[0-9a-fA-F-]{36}$");
    private static final String WELL_KNOWN = "/.well-known/openid-configuration";

    public CompanyLogin {
        issuer = issuer == null ? "" : issuer.strip();
        clientId = clientId == null ? "" : clientId.strip();
        clientSecret = clientSecret == null || clientSecret.isBlank() ? null : clientSecret.strip();
        domain = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
    }

    /** The identity provider's alias in Keycloak: one per tenant. */
    public static String alias(String tenantId) {
        return "company-" + tenantId;
    }

    /** Where the provider describes itself (OpenID Connect discovery). */
    public String discoveryUrl() {
        String base = switch (kind) {
            case GOOGLE -> "https://accounts.google.com";
            case ENTRA ->
                DIRECTORY.matcher(issuer).matches() ? "https://login.microsoftonline.com/" + issuer + "/v2.0" : issuer;
            case OIDC -> issuer;
        };
        if (base.endsWith(WELL_KNOWN)) return base;
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + WELL_KNOWN;
    }

    /**
     * What is wrong with the settings, each with a plain message.
     *
     * @param secretKnown a secret is stored from before, so leaving it empty keeps it
     */
    public List<Problem> problems(boolean secretKnown) {
        List<Problem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new Problem("kind", "required", "Velg hvilken innlogging virksomheten bruker."));
            return problems;
        }
        if (kind == Kind.ENTRA && !DIRECTORY.matcher(issuer).matches() && !secure(issuer)) {
            problems.add(new Problem(
                    "issuer",
                    "invalid",
                    "Oppgi katalog-ID-en (tenant ID) fra Microsoft Entra, 36 tegn med bindestreker."));
        }
        if (kind == Kind.OIDC && !secure(issuer)) {
            problems.add(
                    new Problem("issuer", "invalid", "Oppgi utstederens adresse (issuer), som begynner med https://."));
        }
        if (clientId.isEmpty()) {
            problems.add(new Problem("clientId", "required", "Oppgi klient-ID-en som leverandøren ga dere."));
        }
        if (clientSecret == null && !secretKnown) {
            problems.add(
                    new Problem("clientSecret", "required", "Oppgi klienthemmeligheten som leverandøren ga dere."));
        }
        if (!DOMAIN.matcher(domain).matches()) {
            problems.add(new Problem(
                    "domain", "invalid", "Oppgi e-postdomenet til de ansatte, for eksempel fjordvekst.no."));
        }
        return problems;
    }

    /** https, or http on this machine only (the local stand-in). */
    private static boolean secure(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getHost() != null
                    && ("https".equals(uri.getScheme())
                            || ("http".equals(uri.getScheme()) && "localhost".equals(uri.getHost())));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
