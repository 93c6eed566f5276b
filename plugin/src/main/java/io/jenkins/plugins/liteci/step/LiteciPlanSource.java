package io.jenkins.plugins.liteci.step;

import hudson.Extension;
import org.jenkinsci.plugins.workflow.cps.GroovySourceFileAllowlist;

/**
 * Lets Pipeline load the Groovy of the {@code liteciPlan} variable from the plugin. Pipeline refuses Groovy
 * sources found on the class path unless an allowlist names them, since it compiles them outside the
 * sandbox; this one names the single file that the variable needs.
 */
@Extension
public final class LiteciPlanSource extends GroovySourceFileAllowlist {

    /** The end of the file's class path address. */
    static final String SOURCE = "/" + LiteciPlanVariable.GROOVY_CLASS.replace('.', '/') + ".groovy";

    @Override
    public boolean isAllowed(String groovySourceFileUrl) {
        return groovySourceFileUrl.endsWith(SOURCE);
    }
}
