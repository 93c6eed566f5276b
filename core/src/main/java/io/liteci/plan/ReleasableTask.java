package io.liteci.plan;

/**
 * A task for an executor that holds its work only until let go, so that a task the executor never
 * runs, or runs late, keeps nothing alive.
 */
final class ReleasableTask implements Runnable {

    private volatile Runnable work;

    ReleasableTask(Runnable work) {
        this.work = work;
    }

    @Override
    public void run() {
        Runnable held = work;
        if (held != null) {
            held.run();
        }
    }

    /** Lets go of the work; from now on, running the task does nothing. */
    void release() {
        work = null;
    }
}
