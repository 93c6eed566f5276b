package io.jenkins.plugins.liteci;

/** What a pipeline run did: its step calls as a tree, the build result, and what the script returned. */
record PipelineRun(String calls, String result, Object returned) {
}
