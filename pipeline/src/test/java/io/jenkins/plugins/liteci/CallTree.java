package io.jenkins.plugins.liteci;

import java.util.ArrayList;
import java.util.List;

/** Renders the step calls of a run as indented text, one call a line, bodies two spaces deeper. */
final class CallTree {

    private final List<String> lines = new ArrayList<>();

    private int depth;

    void start(StepEvent.Start start) {
        add(start.toString());
        if (start.block()) {
            depth++;
        }
    }

    void end() {
        depth--;
    }

    /** Marks the last call as having thrown. */
    void threw(String how) {
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " -> " + how);
    }

    void caught(StepEvent.Caught caught) {
        add("=> build " + caught.buildResult() + ", stage " + caught.stageResult());
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }

    private void add(String line) {
        lines.add("  ".repeat(depth) + line);
    }
}
