package no.klagesak.notification.notice.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.klagesak.notification.notice.Letter;
import no.klagesak.notification.notice.Mail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * One e-mail as multipart plain text and HTML, the HTML made from the text: paragraphs, and links where the text has
 * an address. A bad address is refused for good; a mail server that cannot be reached may take it later.
 */
@Component
class SmtpMail implements Mail {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    private final JavaMailSender sender;
    private final String from;

    SmtpMail(JavaMailSender sender, @Value("${klagesak.mail.from}") String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(String to, Letter letter) {
        try {
            MimeMessage message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(letter.subject());
            helper.setText(letter.text(), html(letter));
            sender.send(message);
        } catch (MailParseException | MessagingException badMessage) {
            throw new Failure(badMessage.getMessage(), true, badMessage);
        } catch (MailSendException refused) {
            throw new Failure(refused.getMessage(), refusedForGood(refused), refused);
        } catch (MailException unavailable) {
            throw new Failure(unavailable.getMessage(), false, unavailable);
        }
    }

    /** Refused by the server for the address itself (SMTP 5xx on a recipient), not because it could not be reached. */
    private static boolean refusedForGood(MailSendException refused) {
        return refused.getFailedMessages().values().stream()
                .anyMatch(e -> e instanceof SendFailedException failed
                        && failed.getInvalidAddresses() != null
                        && failed.getInvalidAddresses().length > 0);
    }

    static String html(Letter letter) {
        StringBuilder html = new StringBuilder(
                "<!doctype html><html><body style=\"font-family:sans-serif;" + "font-size:16px;line-height:1.5\">");
        for (String paragraph : letter.text().strip().split("\\n\\s*\\n")) {
            String escaped = HtmlUtils.htmlEscape(paragraph.strip(), "UTF-8").replace("\n", "<br>");
            Matcher links = LINK.matcher(escaped);
            html.append("<p>")
                    .append(links.replaceAll(m -> "<a href=\"" + m.group() + "\">" + m.group() + "</a>"))
                    .append("</p>");
        }
        return html.append("</body></html>").toString();
    }
}
