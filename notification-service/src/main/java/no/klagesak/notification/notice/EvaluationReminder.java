package no.klagesak.notification.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.contracts.tenant.RoutineVersion;

/**
 * The managing director's reminder that the routine is due its yearly evaluation (routine 001: "rutinen evalueres
 * årlig"): a year after the latest evaluation was held, or, before the first, a year after the company's first routine
 * took effect. Once per tenant and due day however many instances ask (its id is the tenant and the day); recording an
 * evaluation moves the day on.
 */
public class EvaluationReminder {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Notices notices;
    private final Supplier<Collection<TenantSnapshot>> tenants;
    private final String webUrl;
    private final Clock clock;

    public EvaluationReminder(
            Notices notices, Supplier<Collection<TenantSnapshot>> tenants, String webUrl, Clock clock) {
        this.notices = notices;
        this.tenants = tenants;
        this.webUrl = webUrl;
        this.clock = clock;
    }

    /** The day the tenant's routine is due its next evaluation. */
    public static LocalDate dueOn(TenantSnapshot tenant) {
        if (tenant.lastEvaluatedOn() != null) return tenant.lastEvaluatedOn().plusYears(1);
        var first = tenant.routines().stream()
                .min(Comparator.comparingInt(RoutineVersion::version))
                .orElseThrow();
        return LocalDate.ofInstant(first.validFrom(), OSLO).plusYears(1);
    }

    /** The reminders owed today; returns how many were new. */
    public int owe() {
        LocalDate today = LocalDate.now(clock.withZone(OSLO));
        int owed = 0;
        for (TenantSnapshot tenant : tenants.get()) {
            if (!tenant.active()) continue;
            LocalDate due = dueOn(tenant);
            if (today.isBefore(due)) continue;
            var director = tenant.organisation().person(tenant.organisation().managingDirector());
            if (director.isEmpty()
                    || director.get().username() == null
                    || !director.get().active()) continue;
            Map<String, Object> values = new HashMap<>();
            values.put("tenantName", tenant.current().routine().presentation().displayName());
            values.put("dueOn", DAY.format(due));
            if (tenant.lastEvaluatedOn() == null) values.put("neverEvaluated", true);
            else values.put("lastEvaluatedOn", DAY.format(tenant.lastEvaluatedOn()));
            values.put("reviewUrl", webUrl + "/styret/gjennomgang");
            var notice = Notice.toStaff(
                    "evaluation-due:" + tenant.tenantId() + ":" + due + ":"
                            + director.get().username(),
                    tenant.tenantId(),
                    "evaluation-due:" + due,
                    DAY.format(due),
                    NoticeKind.EVALUATION_DUE,
                    director.get(),
                    values,
                    clock.instant());
            if (notices.add(notice)) owed++;
        }
        return owed;
    }
}
