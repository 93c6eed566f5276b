package io.liteci.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @Test
    void shouldReadDurationsWithUnits() {
        assertThat(Durations.parse("90s")).contains(Duration.ofSeconds(90));
        assertThat(Durations.parse("5m")).contains(Duration.ofMinutes(5));
        assertThat(Durations.parse("1h30m")).contains(Duration.ofMinutes(90));
        assertThat(Durations.parse("2h0m15s")).contains(Duration.ofSeconds(7215));
    }

    @ParameterizedTest
    @ValueSource(strings = {"90", "", "0s", "5 m", "1m1h", "5min", "-5m", "1.5h"})
    void shouldRefuseAnythingElse(String text) {
        assertThat(Durations.parse(text)).isEmpty();
    }

    @Test
    void shouldWriteDurationsBackInTheSameForm() {
        assertThat(Durations.format(Duration.ofSeconds(5415))).isEqualTo("1h30m15s");
        assertThat(Durations.format(Duration.ofMinutes(10))).isEqualTo("10m");
        assertThat(Durations.format(Duration.ofSeconds(45))).isEqualTo("45s");
    }
}
