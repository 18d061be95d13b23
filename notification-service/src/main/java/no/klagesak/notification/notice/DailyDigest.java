package no.klagesak.notification.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.contracts.tenant.Routine;

/**
 * The managing director's daily digest, where the tenant's routine wants one instead of a notice for each complaint:
 * every complaint received the day before, by reference and link, once per tenant and day however many instances ask
 * (its id is the tenant and the day). A day with none sends nothing. Reports only where the director is a designated
 * receiver, and never one that concerns the director.
 */
public class DailyDigest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final CaseFactsStore facts;
    private final Notices notices;
    private final Supplier<Collection<TenantSnapshot>> tenants;
    private final String webUrl;
    private final Clock clock;

    /** From when on the day after, the digest goes without the cases routing has not placed. */
    private static final LocalTime LAST_ROUNDS = LocalTime.of(22, 0);

    public DailyDigest(
            CaseFactsStore facts,
            Notices notices,
            Supplier<Collection<TenantSnapshot>> tenants,
            String webUrl,
            Clock clock) {
        this.facts = facts;
        this.notices = notices;
        this.tenants = tenants;
        this.webUrl = webUrl;
        this.clock = clock;
    }

    /** The digests of the day before today (Oslo) that are owed; returns how many were new. */
    public int oweYesterday() {
        return owe(LocalDate.now(clock.withZone(OSLO)).minusDays(1));
    }

    public int owe(LocalDate day) {
        int owed = 0;
        for (TenantSnapshot tenant : tenants.get()) {
            Routine routine = tenant.current().routine();
            if (routine.notices().directorNotice() != Routine.DirectorNotice.DAILY_DIGEST) continue;
            var director = tenant.organisation().person(tenant.organisation().managingDirector());
            if (director.isEmpty()
                    || director.get().username() == null
                    || !director.get().active()) continue;
            String directorId = director.get().id();
            boolean receiver = routine.receivers().whistleblowingReceivers().contains(directorId);
            var received = facts.receivedBetween(
                    tenant.tenantId(),
                    day.atStartOfDay(OSLO).toInstant(),
                    day.plusDays(1).atStartOfDay(OSLO).toInstant());
            // Whom a case concerns is known once routing has placed it (it has a deadline then): until every case of
            // the day is placed, the digest waits for a later round, so a case about the director never slips in. At
            // the day's last rounds it goes without those still unplaced (routing would have told of them by then).
            boolean lastRounds = !clock.instant()
                    .isBefore(day.plusDays(1).atTime(LAST_ROUNDS).atZone(OSLO).toInstant());
            if (!lastRounds && received.stream().anyMatch(c -> c.deadline() == null)) continue;
            List<Map<String, Object>> cases = received.stream()
                    .filter(c -> c.deadline() != null)
                    .filter(c -> !c.concerns(directorId))
                    .filter(c -> !c.whistleblowing() || receiver)
                    .map(c -> Map.<String, Object>of(
                            "reference", c.reference(), "caseUrl", webUrl + "/saker/" + c.complaintId()))
                    .toList();
            if (cases.isEmpty()) continue;
            Map<String, Object> values = new HashMap<>();
            values.put("tenantName", routine.presentation().displayName());
            values.put("day", DAY.format(day));
            values.put("count", cases.size());
            values.put("cases", cases);
            var notice = Notice.toStaff(
                    "digest:" + tenant.tenantId() + ":" + day + ":"
                            + director.get().username(),
                    tenant.tenantId(),
                    "digest:" + day,
                    DAY.format(day),
                    NoticeKind.DAILY_DIGEST,
                    director.get(),
                    values,
                    clock.instant());
            if (notices.add(notice)) owed++;
        }
        return owed;
    }
}
