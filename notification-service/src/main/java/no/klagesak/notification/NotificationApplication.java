package no.klagesak.notification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class NotificationApplication {

    public static void main(String[] args) {
        // Jakarta Mail 2.1 looks its stream provider up through the ServiceLoader for every message part it makes
        // (jakartaee/mail-api#861): under load most of a mail's time went there (docs/benchmarks.md). Named here, it is
        // made directly.
        System.getProperties()
                .putIfAbsent("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        SpringApplication.run(NotificationApplication.class, args);
    }
}
