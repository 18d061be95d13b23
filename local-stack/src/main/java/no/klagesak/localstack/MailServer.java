package no.klagesak.localstack;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real SMTP server (GreenMail) that keeps every mail it receives, and a small viewer: an HTML page for people at
 * {@code /} and JSON for scripts and tests at {@code /api/messages}. Mails are kept in memory for the stack's life.
 */
final class MailServer implements AutoCloseable {

    private volatile GreenMail smtp;
    private final HttpServer viewer;
    /** What the SMTP server had received before it was last stopped: kept for the viewer. */
    private final List<MimeMessage> earlier = new ArrayList<>();
    /** When the first mail to each address arrived, to the millisecond (for the benchmark's end-to-end latency). */
    private final Map<String, Instant> arrivals;

    private MailServer(GreenMail smtp, HttpServer viewer, Map<String, Instant> arrivals) {
        this.smtp = smtp;
        this.viewer = viewer;
        this.arrivals = arrivals;
    }

    static MailServer start() throws IOException {
        Map<String, Instant> arrivals = new ConcurrentHashMap<>();
        GreenMail smtp = smtp(arrivals);
        HttpServer viewer = HttpServer.create(new InetSocketAddress("127.0.0.1", Ports.MAIL_VIEWER), 0);
        MailServer server = new MailServer(smtp, viewer, arrivals);
        viewer.createContext("/api/messages", exchange -> server.respond(exchange, "application/json", server.json()));
        viewer.createContext("/", exchange -> server.respond(exchange, "text/html; charset=utf-8", server.html()));
        viewer.start();
        return server;
    }

    /**
     * Starts GreenMail, noting the time each mail is delivered to a recipient of its envelope, and keeping every mail
     * in one mailbox: the viewer shows them all, and a mailbox per address (GreenMail's default) costs time in
     * proportion to the addresses seen, each complaint's own in a benchmark. Noted as each one is delivered: reading
     * back what the server holds costs time in proportion to all it has received.
     */
    private static GreenMail smtp(Map<String, Instant> arrivals) {
        GreenMail smtp = new GreenMail(new ServerSetup(Ports.SMTP, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        UserManager users = smtp.getUserManager();
        try {
            GreenMailUser everyone = users.createUser("mail@localhost", "mail", "mail");
            users.setMessageDeliveryHandler((message, recipient) -> {
                arrivals.putIfAbsent(recipient.getEmail(), Instant.now());
                return everyone;
            });
        } catch (UserException e) {
            throw new IllegalStateException("GreenMail's mailbox", e);
        }
        return smtp;
    }

    /** When the first mail to an address arrived, if one has. */
    Optional<Instant> arrivalFor(String address) {
        return Optional.ofNullable(arrivals.get(address));
    }

    /** The SMTP server goes away (the viewer stays, with every mail received so far); a fault for the fault suite. */
    synchronized void stopSmtp() {
        earlier.addAll(List.of(smtp.getReceivedMessages()));
        smtp.stop();
    }

    synchronized void startSmtp() {
        smtp = smtp(arrivals);
    }

    synchronized List<Map<String, String>> messages() {
        List<Map<String, String>> messages = new ArrayList<>();
        List<MimeMessage> all = new ArrayList<>(earlier);
        all.addAll(List.of(smtp.getReceivedMessages()));
        for (MimeMessage message : all) {
            try {
                Map<String, String> m = new LinkedHashMap<>();
                m.put("from", addresses(message.getFrom()));
                m.put("to", addresses(message.getAllRecipients()));
                m.put("subject", message.getSubject());
                m.put(
                        "sentAt",
                        message.getSentDate() == null
                                ? ""
                                : message.getSentDate().toInstant().toString());
                m.put("body", message.getContent() instanceof String text ? text : GreenMailUtil.getBody(message));
                // The readable text: the plain-text part of a multipart mail, decoded.
                m.put("text", plainText(message));
                messages.add(m);
            } catch (MessagingException | IOException e) {
                messages.add(Map.of("error", e.getMessage()));
            }
        }
        return messages.reversed();
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) return (String) part.getContent();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (!text.isEmpty()) return text;
            }
        }
        return "";
    }

    private String json() {
        return JsonMapper.builder().build().writeValueAsString(messages());
    }

    private String html() {
        StringBuilder page = new StringBuilder("""
                <!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Klagesak – e-post (lokal)</title>
                <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
                article{border:1px solid #767676;border-radius:4px;padding:1rem;margin:1rem 0}pre{white-space:pre-wrap}</style>
                </head><body><main><h1>E-post sendt fra den lokale plattformen</h1>
                """);
        List<Map<String, String>> messages = messages();
        page.append("<p>")
                .append(messages.size() == 1 ? "1 e-post." : messages.size() + " e-poster, nyeste først.")
                .append("</p>");
        for (Map<String, String> m : messages) {
            page.append("<article><h2>")
                    .append(escape(m.get("subject")))
                    .append("</h2><p>Til: ")
                    .append(escape(m.get("to")))
                    .append("<br>Fra: ")
                    .append(escape(m.get("from")))
                    .append("<br>Sendt: ")
                    .append(escape(m.get("sentAt")))
                    .append("</p><pre>")
                    .append(escape(m.getOrDefault("text", "").isEmpty() ? m.get("body") : m.get("text")))
                    .append("</pre></article>");
        }
        return page.append("</main></body></html>").toString();
    }

    private void respond(HttpExchange exchange, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String addresses(Address[] addresses) {
        return addresses == null
                ? ""
                : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    private static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }

    @Override
    public void close() {
        viewer.stop(0);
        smtp.stop();
    }
}
