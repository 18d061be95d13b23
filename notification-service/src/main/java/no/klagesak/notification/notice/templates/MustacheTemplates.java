package no.klagesak.notification.notice.templates;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.notification.notice.Letter;
import no.klagesak.notification.notice.NoticeKind;
import no.klagesak.notification.notice.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wording of each notice: the tenant's own where its routine has one for the kind and language (also in one of
 * its extra languages), else the platform's in {@code notices/{kind}.{language}.txt} (the first line is the subject,
 * the rest after a blank line the text): in Bokmål, Nynorsk and English for every kind, and for the kinds to
 * complainants also in Ukrainian, Arabic, Somali and Polish ({@link no.klagesak.notification.notice.Languages}).
 * Mustache is logic-less, so wording a tenant writes can fill in values but never run code. A language without wording
 * gets Bokmål; the tenant's own wording that does not compile is passed over for the platform's.
 */
public class MustacheTemplates implements Templates {

    private static final Logger log = LoggerFactory.getLogger(MustacheTemplates.class);

    private static final Mustache.Compiler COMPILER =
            Mustache.compiler().escapeHTML(false).defaultValue("").emptyStringIsFalse(true);

    private final Map<String, Template[]> compiled = new ConcurrentHashMap<>();
    private final Map<Routine.NoticeWording, Template[]> own = new ConcurrentHashMap<>();
    private final Function<String, Optional<TenantSnapshot>> tenants;

    public MustacheTemplates(Function<String, Optional<TenantSnapshot>> tenants) {
        this.tenants = tenants;
    }

    @Override
    public Letter render(String tenantId, NoticeKind kind, String language, Map<String, Object> values) {
        var wording = tenants.apply(tenantId)
                .flatMap(t -> t.current().routine().presentation().wording(kind.name(), language));
        if (wording.isPresent()) {
            try {
                return execute(own.computeIfAbsent(wording.get(), MustacheTemplates::compile), values);
            } catch (MustacheException broken) {
                log.warn("The tenant's wording of {} in {} does not compile; the platform's is used", kind, language);
            }
        }
        return execute(compiled.computeIfAbsent(kind + "." + language, key -> compile(kind, language)), values);
    }

    /** Wording a tenant admin is writing, filled with the given values; throws {@link InvalidWording} if it is broken. */
    public Letter preview(String subject, String text, Map<String, Object> values) {
        try {
            return execute(compile(new Routine.NoticeWording("", "", subject, text)), values);
        } catch (MustacheException broken) {
            throw new InvalidWording(broken.getMessage());
        }
    }

    /** The platform's wording of a notice, as a tenant admin starts from it. */
    public Routine.NoticeWording platformWording(NoticeKind kind, String language) {
        String source = read(fileName(kind, language));
        if (source == null) source = read(fileName(kind, "nb"));
        if (source == null) throw new IllegalStateException("No wording for " + kind);
        int split = source.indexOf("\n\n");
        return new Routine.NoticeWording(
                kind.name(),
                language,
                source.substring(0, split).strip(),
                source.substring(split + 2).strip());
    }

    /** Wording that cannot be read as a template, in the template engine's words. */
    public static final class InvalidWording extends RuntimeException {
        InvalidWording(String message) {
            super(message);
        }
    }

    private static Letter execute(Template[] template, Map<String, Object> values) {
        return new Letter(
                template[0].execute(values).strip(), template[1].execute(values).strip() + "\n");
    }

    private static Template[] compile(Routine.NoticeWording wording) {
        return new Template[] {COMPILER.compile(wording.subject()), COMPILER.compile(wording.text())};
    }

    /** The file name of a kind: {@code delay}, {@code escalation-received}. */
    public static String fileName(NoticeKind kind, String language) {
        return "notices/" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + language + ".txt";
    }

    private Template[] compile(NoticeKind kind, String language) {
        return compile(platformWording(kind, language));
    }

    private static String read(String name) {
        try (InputStream in = MustacheTemplates.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
