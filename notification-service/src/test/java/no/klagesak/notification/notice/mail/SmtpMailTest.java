package no.klagesak.notification.notice.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import java.time.Duration;
import no.klagesak.notification.notice.Letter;
import no.klagesak.notification.notice.Mail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Mail through a real SMTP server (GreenMail) on connections that are kept: each mail once, also after a restart; and
 * the HTML part in the direction its language reads.
 */
class SmtpMailTest {

    private final int port = freePort();
    private GreenMail server = start();
    private final SmtpMail mail = new SmtpMail(sender(), "Klagesak <no-reply@klagesak.local>", Duration.ofSeconds(30));

    @AfterEach
    void stop() {
        mail.close();
        server.stop();
    }

    @Test
    void mails_go_once_each_on_a_kept_connection_and_again_after_the_server_restarted_and_closed_it() {
        mail.send("kari@example.org", new Letter("Første", "Tekst"), "nb");
        mail.send("ola@example.org", new Letter("Andre", "Tekst"), "nb");
        assertThat(server.getReceivedMessages()).hasSize(2);

        // The server goes away and comes back: the kept connection is dead, the next mail goes on a new one.
        server.stop();
        server = start();
        mail.send("kari@example.org", new Letter("Tredje", "Tekst"), "nb");
        assertThat(server.getReceivedMessages()).hasSize(1);
    }

    @Test
    void a_server_that_is_down_is_a_failure_to_try_again_later() {
        mail.send("kari@example.org", new Letter("Første", "Tekst"), "nb");
        server.stop();

        assertThatThrownBy(() -> mail.send("kari@example.org", new Letter("Andre", "Tekst"), "nb"))
                .isInstanceOfSatisfying(
                        Mail.Failure.class,
                        failure -> assertThat(failure.permanent()).isFalse());
    }

    @Test
    void an_arabic_notice_reads_right_to_left_and_a_paragraph_in_norwegian_within_it_left_to_right() {
        String arabic = SmtpMail.html(
                new Letter(
                        "استلمنا شكواك (FJV-2026-0042)",
                        "مرحبًا،\n\nرقم القضية هو FJV-2026-0042: https://klagesak.example/t/fjordvekst/oppfolging\n\n"
                                + "Du får et fast møte med veilederen hver uke.\n\nمع التحية\nFjordvekst AS"),
                "ar");
        String norwegian = SmtpMail.html(
                new Letter("Svar", "Hei,\n\nDu får svar innen 9. desember.\n\nHilsen\nFjordvekst AS"), "nb");

        assertThat(arabic)
                .startsWith("<!doctype html><html lang=\"ar\" dir=\"rtl\">")
                .contains("<p>مرحبًا،</p>", "<p dir=\"ltr\">Du får et fast møte", "<p>مع التحية<br>Fjordvekst AS</p>")
                .contains("<a href=\"https://klagesak.example/t/fjordvekst/oppfolging\">");
        assertThat(norwegian).startsWith("<!doctype html><html lang=\"nb\">").doesNotContain("dir=");
    }

    private GreenMail start() {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", "smtp");
        // GreenMail waits 2 s for its server to start by default: too short on a loaded machine.
        setup.setServerStartupTimeout(Duration.ofSeconds(30).toMillis());
        GreenMail greenMail = new GreenMail(setup);
        greenMail.start();
        return greenMail;
    }

    private JavaMailSenderImpl sender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        // A server that is down refuses the connection at once: these only bound a slow but live server.
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "15000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "15000");
        return sender;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
