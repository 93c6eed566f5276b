package io.liteci.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShellQuotingTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "plain-value_1.2/x:y@z",
        "two words",
        "$(touch /tmp/liteci-injected)",
        "`id`",
        "a; rm -rf /",
        "it's \"quoted\"",
        "'",
        "line\nbreak",
        "${HOME} $PATH * ? [a] ~ # & | < >",
        ""
    })
    void shouldMakeEveryValueOneLiteralShellWord(String value) throws IOException, InterruptedException {
        String command = "printf '%s|' " + ShellQuoting.quote(value);

        assertThat(sh(command)).isEqualTo(value + "|");
    }

    @ParameterizedTest
    @ValueSource(strings = {"deploy", "charts/api", "1.2.3", "--namespace=shop"})
    void shouldLeavePlainValuesUnquoted(String value) {
        assertThat(ShellQuoting.quote(value)).isEqualTo(value);
    }

    private static String sh(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isZero();
        return output;
    }
}
