package io.jenkins.plugins.liteci;

import java.io.Serializable;
import java.util.Map;

/** The script's {@code steps} variable, through which LiteciPlan reaches the plugin's own steps. */
public final class StepsVariable implements Serializable {

    private static final long serialVersionUID = 1L;

    public Object liteciPlan(Map<?, ?> args) {
        return Pause.leaf("steps.liteciPlan", args);
    }

    public Object liteciMarkSkipped() {
        return Pause.leaf("steps.liteciMarkSkipped");
    }
}
