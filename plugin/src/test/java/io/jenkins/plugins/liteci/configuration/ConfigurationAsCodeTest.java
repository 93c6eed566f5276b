package io.jenkins.plugins.liteci.configuration;

import static io.jenkins.plugins.casc.misc.Util.getUnclassifiedRoot;
import static io.jenkins.plugins.casc.misc.Util.toStringFromYamlFile;
import static io.jenkins.plugins.casc.misc.Util.toYamlString;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import io.jenkins.plugins.casc.model.CNode;
import org.junit.jupiter.api.Test;

@WithJenkinsConfiguredWithCode
class ConfigurationAsCodeTest {

    @Test
    @ConfiguredWithCode("configuration-as-code.yaml")
    void shouldImportTheLocationsInOrderAndTheBundledSwitch(JenkinsConfiguredWithCodeRule j) {
        LiteciConfiguration configuration = LiteciConfiguration.get();

        assertThat(configuration.isIncludeBundled()).isFalse();
        assertThat(configuration.getLocations()).extracting(ModelLocationEntry::getPath)
                .containsExactly("/var/lib/jenkins/liteci-models", "/srv/liteci/team-models");
    }

    @Test
    @ConfiguredWithCode("configuration-as-code.yaml")
    void shouldExportWhatItImported(JenkinsConfiguredWithCodeRule j) throws Exception {
        ConfigurationContext context = new ConfigurationContext(ConfiguratorRegistry.get());

        CNode liteci = getUnclassifiedRoot(context).get("liteci");

        String expected = toStringFromYamlFile(this, "configuration-as-code-export.yaml");
        assertThat(toYamlString(liteci)).isEqualTo(expected);
    }
}
