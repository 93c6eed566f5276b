package io.liteci.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellQuotingCharactersTest {

    private static final String PLAIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_./:@%+=,-";

    @Test
    void shouldLeaveOnlyLettersDigitsAndSafePunctuationUnquoted() {
        List<Character> unquoted = new ArrayList<>();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String value = "a" + c + "b";
            if (ShellQuoting.quote(value).equals(value)) {
                unquoted.add(c);
            }
        }

        assertThat(unquoted).containsExactlyInAnyOrderElementsOf(PLAIN.chars().mapToObj(c -> (char) c).toList());
    }

    @Test
    void shouldQuoteTheEmptyValue() {
        assertThat(ShellQuoting.quote("")).isEqualTo("''");
    }
}
