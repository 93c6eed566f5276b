package io.liteci.cli;

import io.liteci.Engine;
import io.liteci.plan.Plan;
import io.liteci.plan.PlannedJob;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code liteci graph}: prints the component graph of an intent, each node with its job.
 */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = "Prints the component graph of an intent as Mermaid or Graphviz DOT.")
final class GraphCommand extends IntentCommand {

    /** The notations the graph can be written in. */
    enum Format { mermaid, dot }

    @Option(names = "--format", defaultValue = "mermaid", paramLabel = "FORMAT",
            description = "mermaid (default) or dot.")
    private Format format;

    @Override
    int run(Plan plan, Engine engine) {
        out().print(format == Format.mermaid ? mermaid(plan) : dot(plan));
        out().flush();
        return ExitCode.OK;
    }

    static String mermaid(Plan plan) {
        Map<String, String> ids = new HashMap<>();
        plan.jobs().forEach(job -> ids.put(job.component(), "c" + ids.size()));
        StringBuilder text = new StringBuilder("flowchart LR\n");
        for (PlannedJob job : plan.jobs()) {
            text.append("  ").append(ids.get(job.component())).append("[\"").append(job.component())
                    .append("<br/>").append(job.type()).append(": ").append(job.job()).append("\"]\n");
        }
        for (PlannedJob job : plan.jobs()) {
            for (String dependency : job.dependsOn()) {
                text.append("  ").append(ids.get(dependency)).append(" --> ").append(ids.get(job.component()))
                        .append('\n');
            }
        }
        return text.toString();
    }

    static String dot(Plan plan) {
        StringBuilder text = new StringBuilder("digraph \"").append(plan.intent()).append("\" {\n  rankdir=LR;\n");
        for (PlannedJob job : plan.jobs()) {
            text.append("  \"").append(job.component()).append("\" [label=\"").append(job.component())
                    .append("\\n").append(job.type()).append(": ").append(job.job()).append("\"];\n");
        }
        for (PlannedJob job : plan.jobs()) {
            for (String dependency : job.dependsOn()) {
                text.append("  \"").append(dependency).append("\" -> \"").append(job.component()).append("\";\n");
            }
        }
        return text.append("}\n").toString();
    }
}
