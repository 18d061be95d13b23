package no.klagesak.notification.notice.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.klagesak.notification.notice.Languages;
import no.klagesak.notification.notice.Letter;
import no.klagesak.notification.notice.Mail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailParseException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * One e-mail as multipart plain text and HTML, the HTML made from the text: paragraphs, and links where the text has
 * an address; in a right-to-left language (Arabic) it reads right to left. A bad address is refused for good; a mail
 * server that cannot be reached may take it later.
 *
 * <p>Connections to the mail server are kept and reused (at most {@value #KEPT} idle, each for
 * {@code klagesak.mail.keep-idle}): a new connection costs a greeting and an EHLO, with TLS a handshake as well, and
 * with one per mail that was most of notification's time under load (docs/benchmarks.md). A kept connection the server
 * has closed meanwhile fails the first try, and the mail goes once more on a new one.
 */
@Component
class SmtpMail implements Mail, AutoCloseable {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
    private static final int KEPT = 4;

    private final JavaMailSenderImpl sender;
    private final String from;
    private final Duration keepIdle;
    private final LinkedBlockingDeque<Kept> idle = new LinkedBlockingDeque<>();

    private record Kept(Transport transport, Instant since) {}

    SmtpMail(
            JavaMailSenderImpl sender,
            @Value("${klagesak.mail.from}") String from,
            @Value("${klagesak.mail.keep-idle:30s}") Duration keepIdle) {
        this.sender = sender;
        this.from = from;
        this.keepIdle = keepIdle;
    }

    @Override
    public void send(String to, Letter letter, String language) {
        MimeMessage message;
        try {
            message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(letter.subject());
            helper.setText(letter.text(), html(letter, language));
            message.saveChanges();
        } catch (MailParseException | MessagingException badMessage) {
            throw new Failure(badMessage.getMessage(), true, badMessage);
        }
        Transport kept = take();
        if (kept != null) {
            try {
                kept.sendMessage(message, message.getAllRecipients());
                give(kept);
                return;
            } catch (SendFailedException refused) {
                if (refusedForGood(refused)) {
                    close(kept);
                    throw new Failure(refused.getMessage(), true, refused);
                }
                close(kept); // closed by the server meanwhile: once more on a new connection
            } catch (MessagingException stale) {
                close(kept);
            }
        }
        Transport fresh;
        try {
            fresh = sender.getSession()
                    .getTransport(
                            sender.getProtocol() == null ? JavaMailSenderImpl.DEFAULT_PROTOCOL : sender.getProtocol());
            fresh.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
        } catch (MessagingException unavailable) {
            throw new Failure(unavailable.getMessage(), false, unavailable);
        }
        try {
            fresh.sendMessage(message, message.getAllRecipients());
            give(fresh);
        } catch (SendFailedException refused) {
            close(fresh);
            throw new Failure(refused.getMessage(), refusedForGood(refused), refused);
        } catch (MessagingException failed) {
            close(fresh);
            throw new Failure(failed.getMessage(), false, failed);
        }
    }

    /** The most recently used kept connection that has not been idle too long; null when there is none. */
    private Transport take() {
        for (Kept kept = idle.pollFirst(); kept != null; kept = idle.pollFirst()) {
            if (kept.since().plus(keepIdle).isAfter(Instant.now())) return kept.transport();
            close(kept.transport());
        }
        return null;
    }

    private void give(Transport transport) {
        idle.offerFirst(new Kept(transport, Instant.now()));
        while (idle.size() > KEPT) {
            Kept oldest = idle.pollLast();
            if (oldest != null) close(oldest.transport());
        }
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException alreadyGone) {
            // nothing to give back
        }
    }

    @Override
    public void close() {
        for (Kept kept = idle.pollFirst(); kept != null; kept = idle.pollFirst()) close(kept.transport());
    }

    /** Refused by the server for the address itself (SMTP 5xx on a recipient), not because it could not be reached. */
    private static boolean refusedForGood(SendFailedException failed) {
        return failed.getInvalidAddresses() != null && failed.getInvalidAddresses().length > 0;
    }

    static String html(Letter letter, String language) {
        boolean rightToLeft = Languages.rightToLeft(language);
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"" + HtmlUtils.htmlEscape(language) + "\""
                + (rightToLeft ? " dir=\"rtl\"" : "")
                + "><body style=\"font-family:sans-serif;" + "font-size:16px;line-height:1.5\">");
        for (String paragraph : letter.text().strip().split("\\n\\s*\\n")) {
            String escaped = HtmlUtils.htmlEscape(paragraph.strip(), "UTF-8").replace("\n", "<br>");
            Matcher links = LINK.matcher(escaped);
            // A paragraph only in the other direction's letters keeps its own: a handler's Norwegian in an Arabic
            // notice.
            boolean other = letters(paragraph, rightToLeft) == 0 && letters(paragraph, !rightToLeft) > 0;
            html.append(other ? (rightToLeft ? "<p dir=\"ltr\">" : "<p dir=\"rtl\">") : "<p>")
                    .append(links.replaceAll(m -> "<a href=\"" + m.group() + "\">" + m.group() + "</a>"))
                    .append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    /** How many letters of right-to-left scripts (Arabic) the text has, or of left-to-right ones. */
    private static long letters(String text, boolean rightToLeft) {
        return text.codePoints()
                .map(Character::getDirectionality)
                .filter(d -> rightToLeft
                        ? d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                        : d == Character.DIRECTIONALITY_LEFT_TO_RIGHT)
                .count();
    }
}
