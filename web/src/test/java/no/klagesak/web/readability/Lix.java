package no.klagesak.web.readability;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * LIX (läsbarhetsindex), the readability index used for Scandinavian text: words per sentence plus the share of long
 * words (more than six letters) in per cent. About 30 is easy (children's books, easy-read), 40 ordinary (newspapers),
 * 50 and more hard (official documents).
 *
 * <p>Read from a rendered page's {@code main}: every heading, paragraph, list item, label, legend, option, button
 * and link ends a sentence, as it does for a reader, besides {@code . ! ? :}. Text the tenant wrote (its category
 * names, marked {@code data-tenant-text}) is the tenant's, not the platform's: {@link #ofPage} leaves it out and
 * {@link #ofTenantText} measures it alone.
 */
public final class Lix {

    private static final String BLOCKS = "h1, h2, h3, h4, p, li, label, legend, option, button, a, dt, dd";

    private Lix() {}

    public static double ofPage(String html) {
        return of(html, false);
    }

    /** The whole page as its reader meets it, the tenant's texts included (easy-read's category names). */
    public static double ofWholePage(String html) {
        return of(html, true);
    }

    private static double of(String html, boolean tenantText) {
        Document page = Jsoup.parse(html);
        Element main = page.selectFirst("main");
        if (main == null) throw new IllegalArgumentException("The page has no main");
        if (!tenantText) main.select("[data-tenant-text]").remove();
        for (Element block : main.select(BLOCKS)) {
            block.appendText(". ");
        }
        return of(main.text());
    }

    /** The tenant's own text on the page, each piece a sentence. */
    public static double ofTenantText(String html) {
        StringBuilder text = new StringBuilder();
        Jsoup.parse(html)
                .select("main [data-tenant-text]")
                .forEach(e -> text.append(e.text()).append(". "));
        return of(text.toString());
    }

    /** The index of plain text ({@link no.klagesak.support.text.Lix}). */
    public static double of(String text) {
        return no.klagesak.support.text.Lix.of(text);
    }
}
