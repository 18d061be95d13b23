package no.klagesak.web.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The board's chart: every label whole and inside the drawing, each bar under its label. */
class BarChartTest {

    @Test
    void a_long_category_name_is_drawn_whole_from_the_left_edge() {
        String name = "Mangelfull opplæring eller veiledning, uenighet med veileder";
        String svg = BarChart.svg(
                "Klager etter kategori",
                List.of(new BarChart.Bar("Tjenesteleveranse og produkter", 3, 2), new BarChart.Bar(name, 1, 0)),
                true);

        var drawing = Jsoup.parse(svg, "", Parser.xmlParser());
        var labels = drawing.select("text").stream()
                .filter(t -> !t.text().matches("\\d+"))
                .toList();
        assertThat(labels).extracting(t -> t.text()).containsExactly("Tjenesteleveranse og produkter", name);
        assertThat(labels).allSatisfy(t -> {
            assertThat(t.attr("x")).isEqualTo("0");
            assertThat(t.hasAttr("text-anchor")).isFalse();
        });
        assertThat(drawing.select("rect"))
                .allSatisfy(r -> assertThat(Integer.parseInt(r.attr("width"))).isBetween(1, 640));
    }
}
