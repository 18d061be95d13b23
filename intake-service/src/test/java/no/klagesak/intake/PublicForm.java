package no.klagesak.intake;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A complaint sent to Fjordvekst's public endpoint as the web's form sends one with files: multipart. */
final class PublicForm {

    private PublicForm() {}

    /** The complaint's JSON and each file by its name; the type each claims follows its name's ending. */
    static HttpResponse<String> send(int port, String complaint, Map<String, byte[]> files)
            throws IOException, InterruptedException {
        String boundary = "klagesak-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"complaint\"\r\n"
                        + "Content-Type: application/json\r\n\r\n" + complaint + "\r\n")
                .getBytes(UTF_8));
        for (var file : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\""
                            + file.getKey() + "\"\r\nContent-Type: " + type(file.getKey()) + "\r\n\r\n")
                    .getBytes(UTF_8));
            body.write(file.getValue());
            body.write("\r\n".getBytes(UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/public/tenants/fjordvekst/complaints"))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static String type(String name) {
        if (name.endsWith(".png")) return "image/png";
        if (name.endsWith(".txt")) return "text/plain";
        return "application/pdf";
    }
}
