package no.klagesak.intake.complaint.model;

import org.jspecify.annotations.Nullable;

/**
 * How staff took down a complaint they register for someone (routine 001: an oral complaint is written down by the
 * receiver; 002: a phone complainant is offered the written form).
 *
 * @param medium how the complainant brought it: in person, by phone, by letter or by e-mail
 * @param helpedBy who helped the complainant put it into words, when someone did
 * @param confirmedByComplainant the complainant confirmed that the written text is what they said
 * @param offeredWrittenForm the complainant was offered to write the complaint themselves
 */
public record StaffRegistration(
        @Nullable Medium medium,
        @Nullable String helpedBy,
        boolean confirmedByComplainant,
        boolean offeredWrittenForm) {

    /** How a complaint registered by staff reached them. */
    public enum Medium {
        IN_PERSON,
        PHONE,
        LETTER,
        EMAIL;

        /** Said rather than written: the written text is the receiver's, and the complainant must confirm it. */
        public boolean oral() {
            return this == IN_PERSON || this == PHONE;
        }
    }
}
