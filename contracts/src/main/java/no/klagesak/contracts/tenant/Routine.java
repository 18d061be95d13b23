package no.klagesak.contracts.tenant;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One version of a tenant's complaint routine, grouped as a tenant admin thinks about it. Every rule of the published
 * routines is one of these settings.
 */
public record Routine(
        WhoMayComplain who,
        List<Category> categories,
        Receivers receivers,
        Deadlines deadlines,
        Notices notices,
        Presentation presentation,
        Retention retention) {

    public Routine {
        categories = List.copyOf(categories);
    }

    public Optional<Category> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** True when at least one category, retired or not, is on the whistleblowing track. */
    public boolean hasWhistleblowingTrack() {
        return categories.stream().anyMatch(c -> c.track() == Track.WHISTLEBLOWING && !c.retired());
    }

    public Routine withWho(WhoMayComplain value) {
        return new Routine(value, categories, receivers, deadlines, notices, presentation, retention);
    }

    public Routine withCategories(List<Category> value) {
        return new Routine(who, value, receivers, deadlines, notices, presentation, retention);
    }

    public Routine withReceivers(Receivers value) {
        return new Routine(who, categories, value, deadlines, notices, presentation, retention);
    }

    public Routine withDeadlines(Deadlines value) {
        return new Routine(who, categories, receivers, value, notices, presentation, retention);
    }

    public Routine withNotices(Notices value) {
        return new Routine(who, categories, receivers, deadlines, value, presentation, retention);
    }

    public Routine withPresentation(Presentation value) {
        return new Routine(who, categories, receivers, deadlines, notices, value, retention);
    }

    public Routine withRetention(Retention value) {
        return new Routine(who, categories, receivers, deadlines, notices, presentation, value);
    }

    /** The two tracks a case can be on. */
    public enum Track {
        COMPLAINT,
        WHISTLEBLOWING
    }

    /**
     * Who may complain and how (routines 000–004; anonymity is received in 001, refused in 004).
     *
     * @param writtenOnly a formal complaint is written; oral and phone complainants are offered a written one (002, 003)
     * @param desiredChangeRequired a formal complaint states the change wanted (000)
     * @param suggestionsInvited the form invites suggestions for how it should have been handled (003)
     */
    public record WhoMayComplain(
            List<ComplainantType> complainantTypes,
            boolean anonymousAllowed,
            boolean nameRequired,
            boolean contactRequired,
            boolean writtenOnly,
            boolean desiredChangeRequired,
            boolean suggestionsInvited) {

        public WhoMayComplain {
            complainantTypes = List.copyOf(complainantTypes);
        }
    }

    /** The kinds of people a routine lets complain (glossary: deltaker, arbeidstaker, kunde, kjøper, ...). */
    public enum ComplainantType {
        PARTICIPANT,
        EMPLOYEE,
        CUSTOMER,
        BUYER,
        PARTNER,
        RELATIVE,
        REPRESENTATIVE
    }

    /**
     * What a complaint may be about. The code is stable and travels in events; the names are what people read. A
     * retired category is no longer offered but stays, because complaints refer to it.
     *
     * @param easy the name the easy-read form shows, in short common words; absent where the routine has none, and then
     *     the easy-read form shows the ordinary name
     */
    public record Category(
            String code,
            Names names,
            Track track,
            boolean retired,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            Names easy) {

        public Category(String code, Names names, Track track, boolean retired) {
            this(code, names, track, retired, null);
        }

        /**
         * The name the easy-read form shows in a language: the easy name, or the ordinary name in that language where
         * there is no easy one in it.
         */
        public String easyName(String language) {
            if (easy != null
                    && (List.of("nb", "nn", "en").contains(language)
                            || easy.more().containsKey(language))) {
                return easy.in(language);
            }
            return names.in(language);
        }
    }

    /**
     * A text in Bokmål, Nynorsk and English, and in any of the tenant's extra languages ({@code more}, by language
     * code). A language without a text of its own reads Bokmål.
     */
    public record Names(
            String nb,
            String nn,
            String en,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> more) {

        public Names {
            more = more == null ? Map.of() : Map.copyOf(more);
        }

        public Names(String nb, String nn, String en) {
            this(nb, nn, en, Map.of());
        }

        public String in(String language) {
            return switch (language) {
                case "nb" -> nb;
                case "nn" -> nn;
                case "en" -> en;
                default -> {
                    String text = more.get(language);
                    yield text == null || text.isBlank() ? nb : text;
                }
            };
        }

        /** With a text in one more language (replacing one it had). */
        public Names with(String language, String text) {
            var all = new TreeMap<>(more);
            all.put(language, text);
            return new Names(nb, nn, en, all);
        }
    }

    /**
     * Where a complaint goes when nothing else decides it, whether the complainant may choose the receiver (003), and
     * who receives whistleblowing reports (person ids in the organisation).
     *
     * @param alternativeReceiver who receives a report or complaint that concerns a designated receiver or the managing
     *     director (aml. § 2 A-6: the routine says where such reports go), a person id in the organisation; null for
     *     the board's contact
     */
    public record Receivers(
            DefaultReceiver defaultReceiver,
            boolean complainantMayChooseReceiver,
            List<String> whistleblowingReceivers,
            ReporterIdentity reporterIdentity,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            String alternativeReceiver) {

        /** Routines written before the setting existed read as {@link ReporterIdentity#INVESTIGATORS}. */
        @SuppressWarnings("ConstantConditions")
        public Receivers {
            whistleblowingReceivers = List.copyOf(whistleblowingReceivers);
            if (reporterIdentity == null) reporterIdentity = ReporterIdentity.INVESTIGATORS;
            if (alternativeReceiver != null && alternativeReceiver.isBlank()) alternativeReceiver = null;
        }

        public Receivers(
                DefaultReceiver defaultReceiver,
                boolean complainantMayChooseReceiver,
                List<String> whistleblowingReceivers,
                ReporterIdentity reporterIdentity) {
            this(defaultReceiver, complainantMayChooseReceiver, whistleblowingReceivers, reporterIdentity, null);
        }

        public Receivers(
                DefaultReceiver defaultReceiver,
                boolean complainantMayChooseReceiver,
                List<String> whistleblowingReceivers) {
            this(
                    defaultReceiver,
                    complainantMayChooseReceiver,
                    whistleblowingReceivers,
                    ReporterIdentity.INVESTIGATORS);
        }

        public Receivers withReporterIdentity(ReporterIdentity value) {
            return new Receivers(
                    defaultReceiver, complainantMayChooseReceiver, whistleblowingReceivers, value, alternativeReceiver);
        }

        public Receivers withAlternativeReceiver(@Nullable String value) {
            return new Receivers(
                    defaultReceiver, complainantMayChooseReceiver, whistleblowingReceivers, reporterIdentity, value);
        }
    }

    /**
     * Who may see who sent a whistleblowing report, on request; the identity is kept apart from the report (aml.
     * § 2 A-3), and every disclosure is in the audit log.
     */
    public enum ReporterIdentity {
        /** Those who investigate it: its handler and the designated receivers. */
        INVESTIGATORS,
        /** The designated receivers only; a handler who is not one of them asks them. */
        RECEIVERS,
        /** No one through the platform: the report is investigated without the reporter's name. */
        NO_ONE
    }

    /**
     * The default receiver: a person, the leader of a unit, or the management meeting, which decides who handles it
     * (002: "ledermøtet avgjør").
     *
     * @param ref the person id or unit id; empty for {@link ReceiverKind#MANAGEMENT_MEETING}
     */
    public record DefaultReceiver(ReceiverKind kind, String ref) {}

    public enum ReceiverKind {
        PERSON,
        UNIT_LEADER,
        MANAGEMENT_MEETING
    }

    /**
     * The deadlines per track, and when the handler checks in with a whistleblower afterwards.
     *
     * @param whistleblowerCheckInDays days after a whistleblowing report when its handler talks with the reporter
     *     about their working environment, also after the case is closed: the employer must make sure the reporter
     *     has a fully sound working environment and is not retaliated against (arbeidsmiljøloven § 2 A-3, § 2 A-4).
     *     Absent in routines written before the setting existed, which then get {@link #DEFAULT_CHECK_INS}.
     */
    public record Deadlines(
            TrackDeadlines complaint, TrackDeadlines whistleblowing, List<Integer> whistleblowerCheckInDays) {

        /** One month, three months and six months after the report. */
        public static final List<Integer> DEFAULT_CHECK_INS = List.of(30, 90, 180);

        public Deadlines {
            whistleblowerCheckInDays =
                    whistleblowerCheckInDays == null ? DEFAULT_CHECK_INS : List.copyOf(whistleblowerCheckInDays);
        }

        /** With the default check-ins with whistleblowers. */
        public Deadlines(TrackDeadlines complaint, TrackDeadlines whistleblowing) {
            this(complaint, whistleblowing, DEFAULT_CHECK_INS);
        }

        public Deadlines withWhistleblowerCheckInDays(List<Integer> value) {
            return new Deadlines(complaint, whistleblowing, value);
        }

        public TrackDeadlines of(Track track) {
            return track == Track.WHISTLEBLOWING ? whistleblowing : complaint;
        }
    }

    /**
     * @param acknowledgement by when the complainant has a written acknowledgement
     * @param handling by when the complainant has a written answer (000: 14 days, 001: 2 weeks, 002: 4 weeks)
     * @param remindDaysBefore the handler is reminded this many days before the handling deadline
     */
    public record TrackDeadlines(Span acknowledgement, Span handling, List<Integer> remindDaysBefore) {

        public TrackDeadlines {
            remindDaysBefore = List.copyOf(remindDaysBefore);
        }
    }

    /** A length of time as a routine states it: 14 days, 2 weeks, 10 working days, 3 months. */
    public record Span(int amount, SpanUnit unit) {}

    public enum SpanUnit {
        DAYS,
        WORKING_DAYS,
        WEEKS,
        MONTHS
    }

    /**
     * Who is told what. The managing director hears of every complaint (000, 001, 003), at once or in a daily digest;
     * written complaints are discussed with the receiver's own superior (001); the complainant may demand handling by
     * management, whose decision is final (000, 004); the participant's NAV caseworker may take part (004). The
     * anonymous surveys (004): one after a closed case, by e-mail, and one a participant may answer when they leave the
     * programme, behind a link or QR code staff hand out; the routine chooses either, both or neither.
     */
    public record Notices(
            DirectorNotice directorNotice,
            boolean writtenComplaintsToReceiversSuperior,
            boolean escalationOffered,
            boolean escalationFinal,
            boolean navCaseworkerOffered,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean satisfactionSurvey,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean leavingSurvey) {

        public Notices {
            // Absent in routines written before the surveys existed (Jackson gives null for a missing value).
            satisfactionSurvey = Boolean.TRUE.equals(satisfactionSurvey);
            leavingSurvey = Boolean.TRUE.equals(leavingSurvey);
        }

        /** Without the survey offered when a participant leaves. */
        public Notices(
                DirectorNotice directorNotice,
                boolean writtenComplaintsToReceiversSuperior,
                boolean escalationOffered,
                boolean escalationFinal,
                boolean navCaseworkerOffered,
                boolean satisfactionSurvey) {
            this(
                    directorNotice,
                    writtenComplaintsToReceiversSuperior,
                    escalationOffered,
                    escalationFinal,
                    navCaseworkerOffered,
                    satisfactionSurvey,
                    false);
        }

        /** Without the anonymous satisfaction survey. */
        public Notices(
                DirectorNotice directorNotice,
                boolean writtenComplaintsToReceiversSuperior,
                boolean escalationOffered,
                boolean escalationFinal,
                boolean navCaseworkerOffered) {
            this(
                    directorNotice,
                    writtenComplaintsToReceiversSuperior,
                    escalationOffered,
                    escalationFinal,
                    navCaseworkerOffered,
                    false,
                    false);
        }
    }

    public enum DirectorNotice {
        IMMEDIATE,
        DAILY_DIGEST
    }

    /**
     * How the tenant presents itself: its name, the short prefix of its reference numbers ({@code FJV} in {@code
     * FJV-2026-0042}), the public form's languages beyond nb, nn and en, a logo and the contact text on the published
     * routine.
     */
    public record Presentation(
            String displayName,
            String referencePrefix,
            List<String> extraLanguages,
            String logoUrl,
            String contactText,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<NoticeWording> noticeWording) {

        public Presentation {
            extraLanguages = List.copyOf(extraLanguages);
            noticeWording = noticeWording == null ? List.of() : List.copyOf(noticeWording);
        }

        /** With the platform's wording of every notice. */
        public Presentation(
                String displayName,
                String referencePrefix,
                List<String> extraLanguages,
                String logoUrl,
                String contactText) {
            this(displayName, referencePrefix, extraLanguages, logoUrl, contactText, List.of());
        }

        /** The tenant's own wording of a notice in a language, where it has one. */
        public Optional<NoticeWording> wording(String kind, String language) {
            return noticeWording.stream()
                    .filter(w -> w.kind().equals(kind) && w.language().equals(language))
                    .findFirst();
        }

        public Presentation withNoticeWording(List<NoticeWording> value) {
            return new Presentation(displayName, referencePrefix, extraLanguages, logoUrl, contactText, value);
        }

        /** A first prefix from a name: its first three letters, without Norwegian letters, in capitals. */
        public static String prefixFor(String name) {
            String letters = name.toUpperCase(Locale.ROOT)
                    .replace("Æ", "AE")
                    .replace("Ø", "O")
                    .replace("Å", "A")
                    .replaceAll("[^A-Z]", "");
            return letters.length() >= 3 ? letters.substring(0, 3) : (letters + "KLG").substring(0, 3);
        }
    }

    /**
     * The tenant's own wording of one notice in one language, in place of the platform's: a Mustache template, which
     * fills in values ({@code {{reference}}}, {@code {{deadline}}}, …) but cannot run code.
     *
     * @param kind the notice, e.g. {@code ACKNOWLEDGEMENT}, {@code RESPONSE}, {@code REMINDER}
     * @param language {@code nb}, {@code nn}, {@code en}, or one of the tenant's extra languages
     */
    public record NoticeWording(String kind, String language, String subject, String text) {}

    /** Public statistics on or off (000: numbers on the website), and years a case is kept after closure, per track. */
    public record Retention(boolean publicStatistics, int complaintYears, int whistleblowingYears) {}
}
