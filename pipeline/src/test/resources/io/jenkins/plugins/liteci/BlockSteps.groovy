package io.jenkins.plugins.liteci

/**
 * The pipeline steps that take a body, behaving like the real ones where it matters. They run under CPS
 * together with the code under test, and pause the program at their start and end. Their names differ
 * from the steps' because the unit library intercepts calls by name.
 */
class BlockSteps implements Serializable {

    private static final long serialVersionUID = 1L

    def inStage(String name, Closure body) {
        around('stage', name, body)
    }

    def onNode(String label, Closure body) {
        around('node', label, body)
    }

    def withEnvironment(List env, Closure body) {
        around('withEnv', env, body)
    }

    /** Runs the body; the interruption this timeout caused leaves it as no longer an actual interruption. */
    def withinTimeout(Map args, Closure body) {
        around('timeout', args) {
            try {
                return body()
            } catch (FakeInterruption interruption) {
                interruption.leaveTimeout(args.time)
                throw interruption
            }
        }
    }

    /** Runs the body up to count times and rethrows the last failure; an actual interruption is not retried. */
    def retrying(Number count, Closure body) {
        around('retry', count) {
            int left = count.intValue()
            while (true) {
                try {
                    return body()
                } catch (Exception failure) {
                    left--
                    if (left == 0 || FakeInterruption.isActual(failure)) {
                        throw failure
                    }
                }
            }
        }
    }

    /** Swallows a failure and records the results; an interruption it catches sets its own result, ABORTED. */
    def catchingError(Map options, Closure body) {
        around('catchError', options) {
            try {
                return body()
            } catch (Exception failure) {
                if (options.catchInterruptions == false && FakeInterruption.isActual(failure)) {
                    throw failure
                }
                if (failure instanceof FakeInterruption) {
                    Pause.caught('ABORTED', 'ABORTED')
                } else {
                    Pause.caught(options.buildResult ?: 'FAILURE', options.stageResult ?: 'SUCCESS')
                }
                return null
            }
        }
    }

    /** Runs every branch, one after another, and rethrows the first failure once all have finished. */
    def inParallel(Map branches) {
        Pause.open('parallel')
        List names = new ArrayList(branches.keySet())
        Exception first = null
        for (int i = 0; i < names.size(); i++) {
            Closure branch = branches[names[i]]
            try {
                around('branch', names[i], branch)
            } catch (Exception failure) {
                first = first ?: failure
            }
        }
        Pause.end()
        if (first != null) {
            throw first
        }
    }

    private def around(String step, Object argument, Closure body) {
        Pause.open(step, argument)
        try {
            return body()
        } finally {
            Pause.end()
        }
    }
}
