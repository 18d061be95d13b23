package no.klagesak.web.tenantadmin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Organisation.Person;
import no.klagesak.contracts.tenant.Organisation.Unit;
import no.klagesak.contracts.tenant.SetUp;
import no.klagesak.web.StaffTenant;
import no.klagesak.web.services.RoutingServiceClient;
import no.klagesak.web.services.TenantServiceClient;
import no.klagesak.web.services.TenantServiceClient.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisation as a tree of units with their people: add a unit or a person, mark someone as having left (they
 * keep their history and get no new cases), and import the whole organisation from CSV after a preview.
 */
@Controller
class OrganisationController {

    private final TenantServiceClient tenants;
    private final RoutingServiceClient routing;
    private final MessageSource messages;

    OrganisationController(TenantServiceClient tenants, RoutingServiceClient routing, MessageSource messages) {
        this.tenants = tenants;
        this.routing = routing;
        this.messages = messages;
    }

    /** Someone who left, with the cases still assigned to them, to be reassigned. */
    record Left(Person person, List<RoutingServiceClient.CaseLine> cases) {}

    /** A unit with its leader's name (wherever the leader sits), its people and its units below. */
    record UnitNode(Unit unit, @Nullable String leaderName, List<Person> people, List<UnitNode> children) {}

    @GetMapping("/admin/organisasjon")
    String show(@AuthenticationPrincipal OidcUser user, Model model) {
        return page(model, tenants.tenant(StaffTenant.of(user)), List.of());
    }

    /**
     * The person form's fields, for a new person and for a change.
     *
     * @param login whether they log in: with their e-mail as user name, unless they have one already
     * @param roles the roles the admin gives them besides those of their place
     */
    record PersonForm(
            String name,
            String email,
            @Nullable String title,
            @Nullable String username,
            @Nullable Boolean login,
            @Nullable List<String> roles,
            @Nullable String unitId,
            @Nullable String lineManagerId,
            @Nullable String language) {

        Person toPerson(String id, boolean active) {
            String user = blankToNull(username);
            if (user == null && Boolean.TRUE.equals(login)) user = email.strip().toLowerCase(Locale.ROOT);
            return new Person(
                    id,
                    name.strip(),
                    email.strip(),
                    user,
                    blankToNull(title),
                    blankToNull(unitId),
                    blankToNull(lineManagerId),
                    active,
                    blankToNull(language),
                    roles == null
                            ? List.of()
                            : roles.stream()
                                    .filter(Person.GIVEN::contains)
                                    .distinct()
                                    .toList());
        }
    }

    @PostMapping("/admin/organisasjon/enheter")
    String addUnit(
            @AuthenticationPrincipal OidcUser user,
            @RequestParam String name,
            @RequestParam(required = false) @Nullable String parentId,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var tenant = tenants.tenant(StaffTenant.of(user));
        Organisation org = tenant.organisation();
        List<Unit> units = new ArrayList<>(org.units());
        String id = nextId("u-", org.units().stream().map(Unit::id).toList());
        units.add(new Unit(id, name.strip(), blankToNull(parentId), null));
        return save(model, redirect, locale, tenant, org.withUnits(units));
    }

    /** Sets a unit's leader: complaints about the unit go to them, and routing's line runs through them. */
    @PostMapping("/admin/organisasjon/enheter/leder")
    String setUnitLeader(
            @AuthenticationPrincipal OidcUser user,
            @RequestParam String unitId,
            @RequestParam(required = false) @Nullable String leaderId,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var tenant = tenants.tenant(StaffTenant.of(user));
        Organisation org = tenant.organisation();
        if (org.unit(unitId).isEmpty()) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        List<Unit> units = org.units().stream()
                .map(u -> u.id().equals(unitId) ? new Unit(u.id(), u.name(), u.parentId(), blankToNull(leaderId)) : u)
                .toList();
        return save(model, redirect, locale, tenant, org.withUnits(units));
    }

    @PostMapping("/admin/organisasjon/personer")
    String addPerson(
            @AuthenticationPrincipal OidcUser user,
            PersonForm form,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var tenant = tenants.tenant(StaffTenant.of(user));
        Organisation org = tenant.organisation();
        List<Person> people = new ArrayList<>(org.people());
        people.add(
                form.toPerson(nextId("p-", org.people().stream().map(Person::id).toList()), true));
        return save(model, redirect, locale, tenant, org.withPeople(people));
    }

    @GetMapping("/admin/organisasjon/personer/{personId}")
    String editPerson(@AuthenticationPrincipal OidcUser user, @PathVariable String personId, Model model) {
        var tenant = tenants.tenant(StaffTenant.of(user));
        var person = tenant.organisation()
                .person(personId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return personPage(model, tenant, person, List.of());
    }

    /** Where the person's login stands; null when they have none, or Keycloak did not answer. */
    private TenantServiceClient.@Nullable LoginStatus loginOf(String tenantId, Person person) {
        if (person.username() == null) return null;
        try {
            return tenants.logins(tenantId).get(person.id());
        } catch (RestClientException unavailable) {
            return null;
        }
    }

    /** Whether the person logs in with the company's own login (their e-mail is in its domain). */
    private boolean workAccount(String tenantId, Person person) {
        if (person.username() == null) return false;
        try {
            return tenants.companyLogin(tenantId)
                    .map(TenantServiceClient.CompanyLogin::domain)
                    .filter(domain -> domain != null
                            && !domain.isBlank()
                            && person.email().toLowerCase(Locale.ROOT).endsWith("@" + domain))
                    .isPresent();
        } catch (RestClientException unavailable) {
            return false;
        }
    }

    /** Sends the person's invitation to set a password again. */
    @PostMapping("/admin/organisasjon/personer/{personId}/invitasjon")
    String inviteAgain(
            @AuthenticationPrincipal OidcUser user,
            @PathVariable String personId,
            RedirectAttributes redirect,
            Locale locale) {
        var tenant = tenants.tenant(StaffTenant.of(user));
        boolean sent = tenants.inviteAgain(tenant.id(), personId);
        redirect.addFlashAttribute(
                "notice",
                messages.getMessage(
                        sent ? "admin.org.invitation.sent" : "admin.org.invitation.not-needed", null, locale));
        return "redirect:/admin/organisasjon/personer/" + personId;
    }

    /** Changes a person: name, e-mail, login, title, unit and line manager. */
    @PostMapping("/admin/organisasjon/personer/{personId}")
    String savePerson(
            @AuthenticationPrincipal OidcUser user,
            @PathVariable String personId,
            PersonForm form,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var tenant = tenants.tenant(StaffTenant.of(user));
        var changed = replacing(tenant.organisation(), personId, p -> form.toPerson(p.id(), p.active()));
        try {
            tenants.changeOrganisation(tenant.id(), changed);
            redirect.addFlashAttribute("notice", messages.getMessage("admin.org.saved", null, locale));
            return "redirect:/admin/organisasjon";
        } catch (TenantServiceClient.Refused refused) {
            return personPage(model, tenant, changed.person(personId).orElseThrow(), refused.problems());
        }
    }

    /** Who is managing director, who is in the management group, and who is the board's contact. */
    @PostMapping("/admin/organisasjon/roller")
    String saveRoles(
            @AuthenticationPrincipal OidcUser user,
            @RequestParam String managingDirector,
            @RequestParam(required = false) @Nullable List<String> managementGroup,
            @RequestParam(required = false, defaultValue = "") String boardContact,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var tenant = tenants.tenant(StaffTenant.of(user));
        Organisation org = tenant.organisation();
        return save(
                model,
                redirect,
                locale,
                tenant,
                new Organisation(
                        org.units(),
                        org.people(),
                        managingDirector,
                        managementGroup == null ? List.of() : managementGroup,
                        boardContact));
    }

    /** Asks first: registering someone as having left closes their login at once. */
    @GetMapping("/admin/organisasjon/personer/{personId}/slutt")
    String confirmLeaving(@AuthenticationPrincipal OidcUser user, @PathVariable String personId, Model model) {
        var tenant = tenants.tenant(StaffTenant.of(user));
        var person = tenant.organisation()
                .person(personId)
                .filter(Person::active)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("person", person);
        model.addAttribute(
                "cases",
                person.username() == null
                        ? 0
                        : routing.openCasesOf(person.username()).size());
        return "tenantadmin/leave";
    }

    /** Someone left, or is back: they keep their history either way. */
    @PostMapping("/admin/organisasjon/personer/{personId}/aktiv")
    String setActive(
            @AuthenticationPrincipal OidcUser user,
            @PathVariable String personId,
            @RequestParam boolean active,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var tenant = tenants.tenant(StaffTenant.of(user));
        return save(
                model, redirect, locale, tenant, replacing(tenant.organisation(), personId, p -> p.withActive(active)));
    }

    private String personPage(
            Model model, TenantServiceClient.TenantView tenant, Person person, List<Problem> problems) {
        model.addAttribute("login", loginOf(tenant.id(), person));
        model.addAttribute("workAccount", workAccount(tenant.id(), person));
        model.addAttribute("tenant", tenant);
        model.addAttribute("person", person);
        model.addAttribute("problems", problems);
        model.addAttribute("units", tenant.organisation().units());
        model.addAttribute("givenRoles", Person.GIVEN);
        model.addAttribute(
                "managers",
                tenant.organisation().people().stream()
                        .filter(p -> p.active() && !p.id().equals(person.id()))
                        .toList());
        return "tenantadmin/person";
    }

    private static Organisation replacing(Organisation org, String personId, UnaryOperator<Person> change) {
        return org.withPeople(org.people().stream()
                .map(p -> p.id().equals(personId) ? change.apply(p) : p)
                .toList());
    }

    /** Shows what the file would make, and every bad row; changes nothing. */
    @PostMapping("/admin/organisasjon/import")
    String preview(
            @AuthenticationPrincipal OidcUser user,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false, defaultValue = "") String csv,
            @RequestParam(defaultValue = "UPDATE") String mode,
            Model model)
            throws IOException {
        String content = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : csv;
        var tenant = tenants.tenant(StaffTenant.of(user));
        String how = "REPLACE".equals(mode) ? "REPLACE" : "UPDATE";
        var preview = tenants.previewImport(tenant.id(), content, how);
        model.addAttribute("tenant", tenant);
        model.addAttribute("csv", content);
        model.addAttribute("mode", how);
        model.addAttribute("preview", preview);
        model.addAttribute("problems", preview.problems());
        model.addAttribute("tree", tree(preview.organisation()));
        var before = tenant.organisation();
        var after = preview.organisation().people();
        model.addAttribute(
                "added",
                after.stream()
                        .filter(p -> before.person(p.id()).isEmpty())
                        .map(Person::name)
                        .toList());
        model.addAttribute(
                "changed",
                after.stream()
                        .filter(p -> p.active()
                                && before.person(p.id())
                                        .filter(b -> !b.equals(p))
                                        .isPresent())
                        .map(Person::name)
                        .toList());
        model.addAttribute(
                "invited",
                after.stream()
                        .filter(p -> p.active()
                                && p.username() != null
                                && before.person(p.id())
                                        .map(b -> b.username() == null)
                                        .orElse(true))
                        .map(Person::name)
                        .toList());
        return "tenantadmin/import";
    }

    /** Imports the previewed file: all or nothing. */
    @PostMapping("/admin/organisasjon/import/bekreft")
    String importConfirmed(
            @AuthenticationPrincipal OidcUser user,
            @RequestParam String csv,
            @RequestParam(defaultValue = "UPDATE") String mode,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var tenant = tenants.tenant(StaffTenant.of(user));
        try {
            tenants.importOrganisation(tenant.id(), csv, "REPLACE".equals(mode) ? "REPLACE" : "UPDATE");
            redirect.addFlashAttribute("notice", messages.getMessage("admin.org.imported", null, locale));
            return "redirect:/admin/organisasjon";
        } catch (TenantServiceClient.Refused refused) {
            return page(model, tenant, refused.problems());
        }
    }

    private String save(
            Model model,
            RedirectAttributes redirect,
            Locale locale,
            TenantServiceClient.TenantView tenant,
            Organisation organisation) {
        try {
            tenants.changeOrganisation(tenant.id(), organisation);
            redirect.addFlashAttribute("notice", messages.getMessage("admin.org.saved", null, locale));
            return "redirect:/admin/organisasjon";
        } catch (TenantServiceClient.Refused refused) {
            return page(model, tenant, refused.problems());
        }
    }

    private String page(Model model, TenantServiceClient.TenantView tenant, List<Problem> problems) {
        Organisation org = tenant.organisation();
        model.addAttribute("tenant", tenant);
        model.addAttribute("problems", problems);
        model.addAttribute("tree", tree(org));
        model.addAttribute(
                "people", org.people().stream().filter(Person::active).toList());
        model.addAttribute(
                "left",
                org.people().stream()
                        .filter(p -> !p.active())
                        .map(p -> new Left(p, p.username() == null ? List.of() : routing.openCasesOf(p.username())))
                        .toList());
        model.addAttribute("units", org.units());
        model.addAttribute("givenRoles", Person.GIVEN);
        model.addAttribute("setUp", SetUp.checklist(org, tenant.currentRoutine().routine()));
        model.addAttribute(
                "director", org.person(org.managingDirector()).map(Person::name).orElse("–"));
        model.addAttribute("organisation", org);
        return "tenantadmin/organisation";
    }

    /** The units as a tree from the roots; people without a unit are not in it. */
    static List<UnitNode> tree(Organisation org) {
        return children(org, null);
    }

    private static List<UnitNode> children(Organisation org, @Nullable String parentId) {
        return org.units().stream()
                .filter(u -> Objects.equals(u.parentId(), parentId)
                        || (parentId == null
                                && u.parentId() != null
                                && org.unit(u.parentId()).isEmpty()))
                .map(u -> new UnitNode(
                        u,
                        u.leaderId() == null
                                ? null
                                : org.person(u.leaderId()).map(Person::name).orElse(null),
                        org.people().stream()
                                .filter(p -> p.active() && u.id().equals(p.unitId()))
                                .toList(),
                        children(org, u.id())))
                .toList();
    }

    private static String nextId(String prefix, List<String> taken) {
        for (int n = taken.size() + 1; ; n++) {
            if (!taken.contains(prefix + n)) return prefix + n;
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
