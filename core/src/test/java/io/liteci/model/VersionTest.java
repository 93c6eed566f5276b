package io.liteci.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void shouldCompareOnMajorMinorAndPatch() {
        assertThat(version("1.10.0")).isGreaterThan(version("1.9.9"));
        assertThat(version("2.0.0")).isGreaterThan(version("1.99.99"));
        assertThat(version("0.1.0").compareTo(version("0.1.0"))).isZero();
    }

    @Test
    void shouldLetADevelopmentBuildSatisfyItsOwnVersion() {
        assertThat(version("0.1.0-SNAPSHOT").compareTo(version("0.1.0"))).isZero();
        assertThat(version("0.1.0-SNAPSHOT")).isLessThan(version("0.1.1"));
    }

    @Test
    void shouldRefuseWhatIsNotASemanticVersion() {
        assertThat(Version.parse("1.0")).isEmpty();
        assertThat(Version.parse("v1.0.0")).isEmpty();
        assertThat(Version.parse("99999999999.0.0")).isEmpty();
    }

    private static Version version(String text) {
        return Version.parse(text).orElseThrow();
    }
}
