package io.jenkins.plugins.liteci.step;

import hudson.Extension;
import java.io.IOException;
import org.jenkinsci.plugins.scriptsecurity.sandbox.whitelists.ProxyWhitelist;
import org.jenkinsci.plugins.scriptsecurity.sandbox.whitelists.StaticWhitelist;

/**
 * Lets sandboxed scripts call the {@code liteciPlan} variable by its method, as in {@code liteciPlan.call(...)}
 * or through a reference to it; {@code liteciPlan(...)} needs no entry.
 *
 * <p>The variable's own Groovy is compiled outside the sandbox, so what it calls needs no entry either. Its
 * constructor and its {@code run} method are left out on purpose: either would let a script hand that
 * unsandboxed code objects of its own choosing.
 */
@Extension
public final class LiteciPlanWhitelist extends ProxyWhitelist {

    /** The entries. */
    public LiteciPlanWhitelist() throws IOException {
        super(new StaticWhitelist("method " + LiteciPlanVariable.GROOVY_CLASS + " call java.util.Map",
                "method " + LiteciPlanVariable.GROOVY_CLASS + " call java.lang.String"));
    }
}
