package no.klagesak.web.cases;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a list read a page at a time stands: its page as the reader counts (from 1), and the addresses of the pages
 * before and after, which keep the list's narrowing. Plain links, so paging works without JavaScript.
 *
 * @param previous null on the first page
 * @param next null on the last
 */
public record Pager(
        int number, @Nullable String previous, @Nullable String next) {

    /**
     * @param page the page shown, from 0
     * @param kept the list's narrowing, each left out when null
     */
    static Pager of(String path, Map<String, @Nullable Object> kept, int page, boolean more) {
        return new Pager(
                page + 1, page > 0 ? address(path, kept, page - 1) : null, more ? address(path, kept, page + 1) : null);
    }

    /** The address of a list's first page, with its narrowing. */
    static String first(String path, Map<String, @Nullable Object> kept) {
        return address(path, kept, 0);
    }

    /** Only one page: nothing to move to. */
    public boolean single() {
        return previous == null && next == null;
    }

    private static String address(String path, Map<String, @Nullable Object> kept, int page) {
        var address = UriComponentsBuilder.fromPath(path);
        kept.forEach((name, value) -> {
            if (value != null) address.queryParam(name, value);
        });
        // The reader counts from 1; the first page needs no number.
        if (page > 0) address.queryParam("side", page + 1);
        return address.encode().build().toUriString();
    }

    /** The page asked for as a page from 0: {@code side} counts from 1; anything below is the first page. */
    static int page(@Nullable Integer side) {
        return side == null || side < 1 ? 0 : side - 1;
    }
}
