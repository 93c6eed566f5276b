package io.liteci.model;

/**
 * What happens to a job when one of its steps fails after all its attempts.
 */
public enum OnFailure {
    /** The job stops and fails. */
    FAIL("fail"),
    /** The step is marked failed, the build unstable, and the job goes on. */
    CONTINUE("continue");

    private final String word;

    OnFailure(String word) {
        this.word = word;
    }

    /** The word used in job.yaml and plan.json. */
    public String word() {
        return word;
    }

    /** The value written as {@code word}; the schema guarantees it is one of the known words. */
    public static OnFailure of(String word) {
        return word.equals(CONTINUE.word) ? CONTINUE : FAIL;
    }
}
