package io.jenkins.plugins.liteci

/**
 * Expands a LiteCI plan into pipeline stages. The plugin's liteciPlan step plans and hands back execution
 * data in which every decision is already made; this class only walks it. It runs under CPS, so its state
 * stays serializable between steps: index loops, no iterators, no closures given to non-step methods.
 */
class LiteciPlan implements Serializable {

    private static final long serialVersionUID = 1L

    private final def script

    LiteciPlan(script) {
        this.script = script
    }

    /** Plans through the liteciPlan step, runs the plan unless execute is false, and returns the plan. */
    def call(Map args) {
        def result = script.steps.liteciPlan(args)
        if (args.execute != false) {
            run(result.run)
        }
        return result.plan
    }

    /** The short form the Snippet Generator writes when only the intent is set: liteciPlan 'intent.yaml'. */
    def call(String intent) {
        return call([intent: intent])
    }

    /** Runs the levels in order, remembering failed and skipped components so that their dependents skip. */
    void run(Map execution) {
        if (execution.stash != null) {
            script.stash(name: execution.stash, includes: '**', useDefaultExcludes: false)
        }
        Map outcomes = [:]
        List levels = execution.levels
        for (int i = 0; i < levels.size(); i++) {
            runLevel(levels[i], execution.stash, outcomes)
        }
    }

    private void runLevel(List level, String stash, Map outcomes) {
        if (level.size() == 1) {
            runComponent(level[0], stash, outcomes)
            return
        }
        Map branches = [:]
        for (int i = 0; i < level.size(); i++) {
            branches[level[i].stage] = branch(level[i], stash, outcomes)
        }
        // Components catch their own failures, so only an abort ends a branch early; parallel does not
        // fail fast, so the other branches go on.
        script.parallel(branches)
    }

    // A method of its own gives each branch its own component rather than the loop's last one.
    private Closure branch(Map component, String stash, Map outcomes) {
        return { runComponent(component, stash, outcomes) }
    }

    private void runComponent(Map component, String stash, Map outcomes) {
        String blocker = blocker(component, outcomes)
        script.stage(component.stage) {
            if (blocker != null) {
                script.echo('Skipped: depends on ' + blocker)
                script.steps.liteciMarkSkipped()
                outcomes[component.name] = 'was skipped'
            } else if (!succeeds('FAILURE', 'Component ' + component.name) { runOnAgent(component, stash) }) {
                outcomes[component.name] = 'failed'
            }
        }
    }

    /** The first dependency that failed or was skipped, as "db, which failed", or null when there is none. */
    private String blocker(Map component, Map outcomes) {
        List dependencies = component.dependsOn ?: []
        for (int i = 0; i < dependencies.size(); i++) {
            String outcome = outcomes[dependencies[i]]
            if (outcome != null) {
                return dependencies[i] + ', which ' + outcome
            }
        }
        return null
    }

    private void runOnAgent(Map component, String stash) {
        if (component.agent == null) {
            within(component.timeoutSeconds) { runSteps(component.steps) }
            return
        }
        script.node(component.agent) {
            if (stash != null) {
                script.unstash(stash)
            }
            within(component.timeoutSeconds) { runSteps(component.steps) }
        }
    }

    private void runSteps(List steps) {
        for (int i = 0; i < steps.size(); i++) {
            runStep(steps[i])
        }
    }

    private void runStep(Map step) {
        script.stage(step.stage) {
            if (step.continueOnFailure) {
                succeeds('UNSTABLE', 'Step ' + step.stage) { attempt(step) }
            } else {
                attempt(step)
            }
        }
    }

    // The timeout sits inside retry so that it bounds each attempt and a timed-out attempt is retried.
    private void attempt(Map step) {
        script.withEnv(step.env) {
            if (step.attempts > 1) {
                script.retry(step.attempts) { within(step.timeoutSeconds) { script.sh(step.command) } }
            } else {
                within(step.timeoutSeconds) { script.sh(step.command) }
            }
        }
    }

    private void within(seconds, Closure body) {
        if (seconds == null) {
            body()
        } else {
            script.timeout(time: seconds, unit: 'SECONDS') { body() }
        }
    }

    /**
     * Runs body and tells whether it succeeded. A failure or timeout is reported through catchError with the
     * given build result and a FAILURE stage, and the job goes on; a user abort propagates and stops the build.
     *
     * catchError alone cannot do this: whatever interruption it catches, a timeout included, sets the
     * interruption's own result (ABORTED) instead of ours. So the failure is caught here, an abort is
     * rethrown, and anything else is raised again as a plain error inside catchError.
     */
    private boolean succeeds(String buildResult, String what, Closure body) {
        try {
            body()
            return true
        } catch (Exception failure) {
            if (isAbort(failure)) {
                throw failure
            }
            String message = what + ' failed: ' + reason(failure)
            script.catchError(buildResult: buildResult, stageResult: 'FAILURE') {
                script.error(message)
            }
            return false
        }
    }

    // A FlowInterruptedException has no message; its causes say what interrupted it, such as a timeout.
    private String reason(Exception failure) {
        if (failure.message) {
            return failure.message
        }
        List causes = failure.hasProperty('causes') ? failure.causes : []
        List descriptions = []
        for (int i = 0; i < causes.size(); i++) {
            descriptions.add(causes[i].shortDescription)
        }
        if (descriptions) {
            return descriptions.join('; ')
        }
        return failure instanceof InterruptedException ? 'interrupted' : failure.toString()
    }

    /**
     * Tells a user abort from a timeout. Both arrive as a FlowInterruptedException, but the timeout step
     * marks the one it caused as not an actual interruption before passing it on.
     */
    private boolean isAbort(Exception failure) {
        return failure instanceof InterruptedException &&
                !(failure.hasProperty('actualInterruption') && !failure.actualInterruption)
    }
}
