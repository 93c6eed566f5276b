package io.liteci.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> TYPES = List.of("charts", "helm", "helmCommon", "terraform");

    @Test
    void shouldSuggestTheClosestKnownName() {
        assertThat(Suggestions.closest("helmm", TYPES)).contains("helm");
        assertThat(Suggestions.closest("terafrom", TYPES)).contains("terraform");
        assertThat(Suggestions.closest("helmcommon", TYPES)).contains("helmCommon");
        assertThat(Suggestions.closest("retry", List.of("retries", "timeout"))).contains("retries");
    }

    @Test
    void shouldSuggestNothingWhenNoNameIsClose() {
        assertThat(Suggestions.closest("postgres", TYPES)).isEmpty();
        assertThat(Suggestions.didYouMean("db", List.of("api", "web"))).isEmpty();
    }
}
