package no.klagesak.notification.acknowledgement.mail;

import no.klagesak.notification.acknowledgement.Letter;
import no.klagesak.notification.acknowledgement.Mail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

@Component
class SmtpMail implements Mail {

    private final JavaMailSender sender;
    private final String from;

    SmtpMail(JavaMailSender sender, @Value("${klagesak.mail.from}") String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(String to, Letter letter) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(letter.subject());
        message.setText(letter.body());
        sender.send(message);
    }
}
