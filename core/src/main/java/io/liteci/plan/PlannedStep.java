package io.liteci.plan;

import java.util.Map;

/**
 * A step as it will run: its exact command, its bound on each attempt and its retries.
 *
 * @param name the step's name
 * @param command the shell command with every placeholder substituted and quoted
 * @param timeoutSeconds the bound on each attempt
 * @param retries the attempts after the first failure
 * @param onFailure {@code fail} or {@code continue}
 * @param env the environment variables, with placeholders substituted
 */
public record PlannedStep(String name, String command, long timeoutSeconds, int retries, String onFailure,
        Map<String, String> env) {
}
