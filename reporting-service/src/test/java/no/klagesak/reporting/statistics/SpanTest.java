package no.klagesak.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void a_minute_lies_in_its_hour_and_the_hour_in_its_month_in_norway() {
        // 23:30 UTC on 31 March is 01:30 on 1 April in Norway (summer time).
        Span minute = Span.minute(Instant.parse("2026-03-31T23:30:42Z"));

        Span hour = minute.parent().orElseThrow();
        Span month = hour.parent().orElseThrow();

        assertThat(minute.start()).isEqualTo(Instant.parse("2026-03-31T23:30:00Z"));
        assertThat(minute.end()).isEqualTo(Instant.parse("2026-03-31T23:31:00Z"));
        assertThat(hour).isEqualTo(new Span(Span.Level.HOUR, Instant.parse("2026-03-31T23:00:00Z")));
        assertThat(month).isEqualTo(Span.month(YearMonth.of(2026, 4)));
        assertThat(month.start()).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
        assertThat(month.end()).isEqualTo(Instant.parse("2026-04-30T22:00:00Z"));
        assertThat(month.parent()).isEmpty();
    }

    @Test
    void the_month_in_which_summer_time_begins_is_an_hour_short() {
        Span march = Span.month(YearMonth.of(2026, 3));

        assertThat(march.start()).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
        assertThat(march.end()).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
    }

    @Test
    void a_span_starts_where_its_level_does() {
        assertThatThrownBy(() -> new Span(Span.Level.HOUR, Instant.parse("2026-03-31T23:30:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Span(Span.Level.MINUTE, Instant.parse("2026-03-31T23:30:00Z")).partLevel())
                .isEmpty();
        assertThat(Span.month(YearMonth.of(2026, 1)).partLevel()).contains(Span.Level.HOUR);
    }
}
