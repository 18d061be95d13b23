package no.klagesak.support.text;

import java.util.Arrays;

/**
 * LIX (läsbarhetsindex), the readability index used for Scandinavian text: words per sentence plus the share of long
 * words (more than six letters) in per cent. About 30 is easy (children's books, easy-read), 40 ordinary (newspapers),
 * 50 and more hard (official documents). A sentence ends at {@code . ! ? :}.
 */
public final class Lix {

    private Lix() {}

    public static double of(String text) {
        String[] sentences = text.split("[.!?:]+\\s*");
        long sentenceCount =
                Arrays.stream(sentences).filter(s -> s.matches(".*\\p{L}.*")).count();
        String[] words = Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.matches(".*\\p{L}.*"))
                .toArray(String[]::new);
        if (words.length == 0 || sentenceCount == 0) return 0;
        long longWords = Arrays.stream(words).filter(w -> w.length() > 6).count();
        return (double) words.length / sentenceCount + 100.0 * longWords / words.length;
    }
}
