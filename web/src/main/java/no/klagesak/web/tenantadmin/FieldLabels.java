package no.klagesak.web.tenantadmin;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A setting's path in the history ({@code deadlines.complaint.handling.amount}) in the words of the settings page
 * ("Klager: Frist for skriftlig svar"), so an admin reads the history without knowing the data's names. A path it
 * does not know is shown as it is.
 */
final class FieldLabels {

    private static final Pattern ITEM = Pattern.compile("^(categories|units|people)\\[([^\\]]+)]\\.(.+)$");
    private static final Pattern DEADLINE =
            Pattern.compile("^deadlines\\.(complaint|whistleblowing)\\.(acknowledgement|handling|remindDaysBefore).*$");

    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("who.complainantTypes", "admin.who.types"),
            Map.entry("evaluation.heldOn", "evaluation.heldOn.label"),
            Map.entry("who.anonymousAllowed", "admin.who.anonymousAllowed"),
            Map.entry("who.nameRequired", "admin.who.nameRequired"),
            Map.entry("who.contactRequired", "admin.who.contactRequired"),
            Map.entry("who.writtenOnly", "admin.who.writtenOnly"),
            Map.entry("who.desiredChangeRequired", "admin.who.desiredChangeRequired"),
            Map.entry("who.suggestionsInvited", "admin.who.suggestionsInvited"),
            Map.entry("receivers.defaultReceiver.kind", "admin.where.default"),
            Map.entry("receivers.defaultReceiver.ref", "admin.where.default"),
            Map.entry("receivers.complainantMayChooseReceiver", "admin.where.choose"),
            Map.entry("receivers.whistleblowingReceivers", "admin.where.whistleblowing"),
            Map.entry("receivers.reporterIdentity", "admin.where.reporterIdentity"),
            Map.entry("receivers.alternativeReceiver", "admin.where.alternative"),
            Map.entry("deadlines.whistleblowerCheckInDays", "admin.when.checkIns"),
            Map.entry("notices.directorNotice", "admin.notices.director"),
            Map.entry(
                    "notices.writtenComplaintsToReceiversSuperior",
                    "admin.notices.writtenComplaintsToReceiversSuperior"),
            Map.entry("notices.escalationOffered", "admin.notices.escalationOffered"),
            Map.entry("notices.escalationFinal", "admin.notices.escalationFinal"),
            Map.entry("notices.navCaseworkerOffered", "admin.notices.navCaseworkerOffered"),
            Map.entry("notices.satisfactionSurvey", "admin.notices.satisfactionSurvey"),
            Map.entry("notices.leavingSurvey", "admin.notices.leavingSurvey"),
            Map.entry("presentation.displayName", "admin.presentation.name"),
            Map.entry("presentation.referencePrefix", "admin.presentation.prefix"),
            Map.entry("presentation.extraLanguages", "admin.presentation.languages"),
            Map.entry("presentation.logoUrl", "admin.presentation.logo"),
            Map.entry("presentation.contactText", "admin.presentation.contact"),
            Map.entry("retention.publicStatistics", "admin.retention.public"),
            Map.entry("retention.complaintYears", "admin.retention.complaint"),
            Map.entry("retention.whistleblowingYears", "admin.retention.whistleblowing"),
            Map.entry("managingDirector", "admin.org.roles.director"),
            Map.entry("managementGroup", "admin.org.roles.management"),
            Map.entry("boardContact", "admin.org.roles.board"),
            // The parts of a category, a unit or a person.
            Map.entry("code", "admin.what.code"),
            Map.entry("names.nb", "admin.what.nb"),
            Map.entry("names.nn", "admin.what.nn"),
            Map.entry("names.en", "admin.what.en"),
            Map.entry("track", "admin.what.track"),
            Map.entry("retired", "admin.what.retired"),
            Map.entry("name", "admin.org.name"),
            Map.entry("parentId", "admin.org.parent"),
            Map.entry("leaderId", "admin.org.leader"),
            Map.entry("email", "admin.org.email"),
            Map.entry("username", "admin.org.username"),
            Map.entry("title", "admin.org.title.field"),
            Map.entry("unitId", "admin.org.unit"),
            Map.entry("lineManagerId", "admin.org.manager"),
            Map.entry("active", "admin.history.active"),
            Map.entry("id", "admin.history.id"));

    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, String> names;

    FieldLabels(MessageSource messages, Locale locale) {
        this(messages, locale, Map.of());
    }

    /** @param names people's and units' names by their ids and user names */
    FieldLabels(MessageSource messages, Locale locale, Map<String, String> names) {
        this.names = names;
        this.messages = messages;
        this.locale = locale;
    }

    public String label(String path) {
        String key = KEYS.get(path);
        if (key != null) return text(key);
        Matcher deadline = DEADLINE.matcher(path);
        if (deadline.matches()) {
            String what = deadline.group(2).equals("remindDaysBefore") ? "reminders" : deadline.group(2);
            return text("admin.when." + deadline.group(1)) + ": " + text("admin.when." + what);
        }
        Matcher item = ITEM.matcher(path);
        if (item.matches() && KEYS.containsKey(item.group(3))) {
            return text("admin.history.item." + item.group(1), item.group(2)) + ": " + text(KEYS.get(item.group(3)));
        }
        return path;
    }

    /**
     * A setting's value as a person reads it: yes or no, names instead of ids and user names (also in a list), a dash
     * for nothing.
     */
    public String value(@Nullable String raw) {
        if (raw == null || raw.isBlank() || raw.equals("[]")) return "–";
        if (raw.equals("true")) return text("cases.yes");
        if (raw.equals("false")) return text("cases.no");
        if (raw.startsWith("[") && raw.endsWith("]")) {
            return Arrays.stream(raw.substring(1, raw.length() - 1).split(",\\s*"))
                    .map(item -> names.getOrDefault(item, item))
                    .collect(Collectors.joining(", "));
        }
        return names.getOrDefault(raw, raw);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
