package no.klagesak.notification.notice;

/** Sends one e-mail; throws {@link Failure} when the mail server did not take it. */
public interface Mail {

    /** @param language the notice's: it says which way the e-mail reads (Arabic right to left) */
    void send(String to, Letter letter, String language);

    /**
     * @param permanent the server refused it for good (a bad address); otherwise it may succeed later (the server was
     *     down)
     */
    final class Failure extends RuntimeException {
        private final boolean permanent;

        public Failure(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
