package no.klagesak.notification.notice.templates;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.klagesak.notification.notice.Letter;
import no.klagesak.notification.notice.NoticeKind;
import no.klagesak.notification.notice.Templates;
import org.springframework.stereotype.Component;

/**
 * The default wording of each notice in Bokmål, Nynorsk and English, in {@code notices/{kind}.{language}.txt}: the
 * first line is the subject, the rest after a blank line the text. Mustache is logic-less, so wording a tenant writes
 * can fill in values but never run code. A language without its own wording gets Bokmål.
 */
@Component
public class MustacheTemplates implements Templates {

    private static final Mustache.Compiler COMPILER =
            Mustache.compiler().escapeHTML(false).defaultValue("").emptyStringIsFalse(true);

    private final Map<String, Template[]> compiled = new ConcurrentHashMap<>();

    @Override
    public Letter render(String tenantId, NoticeKind kind, String language, Map<String, Object> values) {
        Template[] template = compiled.computeIfAbsent(kind + "." + language, key -> compile(kind, language));
        return new Letter(
                template[0].execute(values).strip(), template[1].execute(values).strip() + "\n");
    }

    /** The file name of a kind: {@code delay}, {@code escalation-received}. */
    public static String fileName(NoticeKind kind, String language) {
        return "notices/" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + language + ".txt";
    }

    private static Template[] compile(NoticeKind kind, String language) {
        String source = read(fileName(kind, language));
        if (source == null) source = read(fileName(kind, "nb"));
        if (source == null) throw new IllegalStateException("No wording for " + kind);
        int split = source.indexOf("\n\n");
        return new Template[] {
            COMPILER.compile(source.substring(0, split)), COMPILER.compile(source.substring(split + 2))
        };
    }

    private static String read(String name) {
        try (InputStream in = MustacheTemplates.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
