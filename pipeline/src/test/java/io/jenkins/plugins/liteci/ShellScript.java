package io.jenkins.plugins.liteci;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Decides how each sh command ends: it succeeds unless told to fail, hang until a timeout, or be aborted. */
final class ShellScript {

    private final Map<String, Integer> failuresLeft = new HashMap<>();

    private final Map<String, Supplier<FakeInterruption>> interruptions = new HashMap<>();

    /** The command exits with code 1 the next {@code times} times it runs. */
    ShellScript fails(String command, int times) {
        failuresLeft.put(command, times);
        return this;
    }

    /** The command runs until the timeout with this many seconds fires, every time. */
    ShellScript hangsUntilTimeout(String command, int seconds) {
        interruptions.put(command, () -> FakeInterruption.timeout(seconds));
        return this;
    }

    /** A user aborts the build while the command runs. */
    ShellScript isAborted(String command) {
        interruptions.put(command, FakeInterruption::userAbort);
        return this;
    }

    /** Runs the command: returns normally or throws what the step would throw. */
    void run(String command) throws Exception {
        Supplier<FakeInterruption> interruption = interruptions.get(command);
        if (interruption != null) {
            throw interruption.get();
        }
        int left = failuresLeft.getOrDefault(command, 0);
        if (left > 0) {
            failuresLeft.put(command, left - 1);
            throw new StepFailure("script returned exit code 1");
        }
    }
}
