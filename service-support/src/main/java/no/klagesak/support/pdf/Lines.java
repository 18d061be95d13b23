package no.klagesak.support.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BreakIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A paragraph of a letter or a document as the lines that are drawn, in any script. A PDF shows glyphs left to right as given,
 * with no shaping of its own, so this does what a text engine would:
 *
 * <ol>
 *   <li>wraps the logical text where Unicode allows a line break (between words, after a slash in a link; never inside
 *       a reference such as FJV-2026-0042), measured in the font; a word longer than the line is cut between
 *       characters;
 *   <li>joins Arabic letters into the forms they take in a word (the presentation forms the font has glyphs for);
 *   <li>puts each line in the order it is seen (Unicode's bidirectional algorithm), with runs of digits and codes kept
 *       left to right as one piece, so a receipt code written in groups does not come out in reverse group order.
 * </ol>
 *
 * Wrapping comes first because reordering is per line: a right-to-left paragraph's first words go on the first line,
 * at its right end. A character the font has no glyph for becomes "?".
 */
public final class Lines {

    /** One line as drawn: its glyphs left to right, its width in points, whether it is set against the right margin. */
    public record Line(String glyphs, float width, boolean right) {}

    /** More characters than any line holds at a readable size: such a piece is cut without measuring it whole. */
    private static final int MOST_ON_A_LINE = 1000;

    private static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';
    private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';
    private static final String OPENING = "([{«\"'“‘‹";
    private static final String CLOSING = ".,;:!?)]}»\"'”’›،؛؟";

    private final PDFont font;
    private final float size;
    private final float maxWidth;
    private final Map<Integer, Boolean> shown = new HashMap<>();

    public Lines(PDFont font, float size, float maxWidth) {
        this.font = font;
        this.size = size;
        this.maxWidth = maxWidth;
    }

    public PDFont font() {
        return font;
    }

    /**
     * The lines of one paragraph (text without line breaks).
     *
     * @param rightToLeftLetter whether the letter reads right to left (Arabic): then a paragraph with any right-to-left
     *     letter reads right to left, though it begins with a name or a code in Latin letters, and every line is set
     *     against the right margin; in a left-to-right letter a paragraph reads the way its first letter does, and
     *     only a right-to-left paragraph is set against the right margin
     */
    public List<Line> of(String paragraph, boolean rightToLeftLetter) {
        String text = clean(paragraph);
        boolean rightToLeft = rightToLeftLetter
                ? hasRightToLeft(text) || !hasLeftToRight(text)
                : Bidi.getBaseDirection(text) == Bidi.RTL;
        boolean right = rightToLeft || rightToLeftLetter;
        List<Line> lines = new ArrayList<>();
        for (String logical : wrap(text, rightToLeft)) {
            String glyphs = glyphs(logical, rightToLeft);
            lines.add(new Line(glyphs, width(glyphs), right));
        }
        return lines;
    }

    /** Lines of logical text that each fit the width, cut where Unicode's line breaking allows. */
    private List<String> wrap(String text, boolean rightToLeft) {
        List<String> lines = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance();
        breaks.setText(text);
        int start = 0;
        int end = 0;
        // Left to right with nothing to reorder, widths add up (no kerning): each piece is measured once, not the
        // whole line again at each break.
        boolean additive = !rightToLeft && !hasRightToLeft(text) && !hasControls(text);
        float used = 0;
        for (int next = breaks.next(); next != BreakIterator.DONE; next = breaks.next()) {
            boolean fits = additive
                    ? used + width(glyphs(text.substring(end, next).stripTrailing(), false)) <= maxWidth
                    : fits(text.substring(start, next), rightToLeft);
            if (fits) {
                if (additive) used += width(glyphs(text.substring(end, next), false));
                end = next;
                continue;
            }
            if (end > start) {
                lines.add(text.substring(start, end).stripTrailing());
                start = end;
            }
            // A word longer than a whole line: cut it between characters. What is left of a very long one is not
            // measured whole each time (that would grow with the square of its length): it is cut again at once.
            while (next - start > MOST_ON_A_LINE || !fits(text.substring(start, next), rightToLeft)) {
                int cut = longestFitting(text, start, next, rightToLeft);
                lines.add(text.substring(start, cut));
                start = cut;
            }
            end = next;
            if (additive) used = width(glyphs(text.substring(start, end), false));
        }
        if (end > start || lines.isEmpty()) lines.add(text.substring(start, end).stripTrailing());
        return lines;
    }

    /** Where to cut a word that does not fit: after as many whole characters as fit, at least one. */
    private int longestFitting(String text, int start, int limit, boolean rightToLeft) {
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        int cut = characters.following(start);
        for (int next = characters.next(); next != BreakIterator.DONE && next <= limit; next = characters.next()) {
            if (!fits(text.substring(start, next), rightToLeft)) break;
            cut = next;
        }
        return Math.min(cut, limit);
    }

    private boolean fits(String logical, boolean rightToLeft) {
        return width(glyphs(logical.stripTrailing(), rightToLeft)) <= maxWidth;
    }

    /** A line of logical text as the glyphs drawn left to right. */
    private String glyphs(String logical, boolean rightToLeft) {
        String visual = logical;
        if (rightToLeft || hasRightToLeft(logical) || hasControls(logical)) {
            Bidi bidi = new Bidi(isolateCodes(shape(logical)), rightToLeft ? Bidi.RTL : Bidi.LTR);
            visual = bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
        }
        StringBuilder glyphs = new StringBuilder(visual.length());
        visual.codePoints().forEach(c -> {
            // Joiners, marks of direction and soft hyphens have done their work; they have no glyph to draw.
            if (Character.getType(c) == Character.FORMAT) return;
            if (shown(c)) glyphs.appendCodePoint(c);
            else glyphs.append('?');
        });
        return glyphs.toString();
    }

    /** Arabic letters in the form each takes by its neighbours (initial, medial, final, alone; lam-alef joined). */
    private static String shape(String logical) {
        if (logical.chars().noneMatch(c -> UCharacter.getDirection(c) == UCharacterDirection.RIGHT_TO_LEFT_ARABIC)) {
            return logical;
        }
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_SHAPE
                            | ArabicShaping.TEXT_DIRECTION_LOGICAL
                            | ArabicShaping.LENGTH_GROW_SHRINK)
                    .shape(logical);
        } catch (ArabicShapingException e) {
            return logical;
        }
    }

    /**
     * Every run of words in no right-to-left script with a digit among them (a reference, a date in digits, a code in
     * groups, a street and its number, a link with a number) wrapped in a left-to-right isolate, without the brackets
     * and punctuation around it: inside an Arabic sentence it reads left to right as one piece, and the sentence's full
     * stop stays at the sentence's end. Without it, the groups of a code would be shown in reverse order.
     */
    static String isolateCodes(String text) {
        StringBuilder isolated = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            int wordEnd = wordEnd(text, i);
            if (!leftToRightWord(text.substring(i, wordEnd))) {
                isolated.append(text, i, wordEnd);
                i = wordEnd;
                continue;
            }
            // A run of such words, one or more spaces apart.
            int runEnd = wordEnd;
            while (true) {
                int next = runEnd;
                while (next < text.length() && text.charAt(next) == ' ') next++;
                if (next == runEnd || next == text.length()) break;
                int end = wordEnd(text, next);
                if (!leftToRightWord(text.substring(next, end))) break;
                runEnd = end;
            }
            int from = i;
            while (from < runEnd && OPENING.indexOf(text.charAt(from)) >= 0) from++;
            int to = runEnd;
            while (to > from && CLOSING.indexOf(text.charAt(to - 1)) >= 0) to--;
            String run = text.substring(from, to);
            isolated.append(text, i, from);
            if (run.chars().anyMatch(Character::isDigit)) {
                isolated.append(LEFT_TO_RIGHT_ISOLATE).append(run).append(POP_DIRECTIONAL_ISOLATE);
            } else {
                isolated.append(run);
            }
            isolated.append(text, to, runEnd);
            i = runEnd;
        }
        return isolated.toString();
    }

    /** Where the word (or the spaces) starting at i ends. */
    private static int wordEnd(String text, int i) {
        boolean space = text.charAt(i) == ' ';
        int end = i;
        while (end < text.length() && (text.charAt(end) == ' ') == space) end++;
        return end;
    }

    /** A word with a letter or digit and no right-to-left letter: not spaces, not punctuation alone. */
    private static boolean leftToRightWord(String word) {
        return word.codePoints().anyMatch(Character::isLetterOrDigit) && !hasRightToLeft(word);
    }

    private float width(String glyphs) {
        try {
            return font.getStringWidth(glyphs) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean shown(int codePoint) {
        return shown.computeIfAbsent(codePoint, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IOException | IllegalArgumentException noGlyph) {
                return false;
            }
        });
    }

    /** Tabs as spaces; other control characters dropped. */
    private static String clean(String paragraph) {
        StringBuilder clean = new StringBuilder(paragraph.length());
        paragraph.codePoints().forEach(c -> {
            if (c == '\t') clean.append(' ');
            else if (Character.getType(c) != Character.CONTROL) clean.appendCodePoint(c);
        });
        return clean.toString();
    }

    static boolean hasRightToLeft(String text) {
        return text.codePoints().anyMatch(c -> {
            int direction = UCharacter.getDirection(c);
            return direction == UCharacterDirection.RIGHT_TO_LEFT
                    || direction == UCharacterDirection.RIGHT_TO_LEFT_ARABIC;
        });
    }

    private static boolean hasLeftToRight(String text) {
        return text.codePoints().anyMatch(c -> UCharacter.getDirection(c) == UCharacterDirection.LEFT_TO_RIGHT);
    }

    private static boolean hasControls(String text) {
        return text.codePoints()
                .anyMatch(c -> c == 0x061C
                        || c >= 0x200E && c <= 0x200F
                        || c >= 0x202A && c <= 0x202E
                        || c >= 0x2066 && c <= 0x2069);
    }
}
