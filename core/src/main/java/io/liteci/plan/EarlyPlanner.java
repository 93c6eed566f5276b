package io.liteci.plan;

import io.liteci.load.ParsedIntent;
import io.liteci.model.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Plans the components of an intent on a second thread while the thread reading the file goes on
 * reading, so that planning a large intent costs little more than reading it.
 *
 * <p>The reading thread hands over each component as soon as its YAML has been read, in batches. When
 * the file has been read, it plans the batches the second thread has not begun and waits for the one
 * in progress; if no second thread ever runs, it plans them all, as it would have without this class.
 * The plan is the same either way: an outcome depends on the component and the intent's name alone,
 * and the {@link Planner} uses one only for a component and name equal to those of the parsed intent.
 */
public final class EarlyPlanner implements AutoCloseable {

    private static final int BATCH_SIZE = 64;

    private final Planner planner;

    private final PlanOptions options;

    private final JobPlanner jobPlanner;

    private final Executor executor;

    private final int batchSize;

    /** Every batch handed over, in the order read; used by the reading thread only. */
    private final List<Batch> batches = new ArrayList<>();

    private final Queue<Batch> pending = new ConcurrentLinkedQueue<>();

    private final AtomicBoolean working = new AtomicBoolean();

    private volatile boolean closed;

    private Batch filling;

    private int used;

    /** Plans early with the given planner and options, on a thread of the common pool. */
    public EarlyPlanner(Planner planner, PlanOptions options) {
        this(planner, options, ForkJoinPool.commonPool(), BATCH_SIZE);
    }

    EarlyPlanner(Planner planner, PlanOptions options, Executor executor, int batchSize) {
        this.planner = planner;
        this.options = options;
        this.jobPlanner = planner.jobPlanner(options);
        this.executor = executor;
        this.batchSize = batchSize;
    }

    /** Takes a component as soon as it has been read, with the intent's name as read so far. */
    public void read(String intentName, Component component) {
        if (filling != null && !filling.intentName.equals(intentName)) {
            handOver();
        }
        if (filling == null) {
            filling = new Batch(intentName);
        }
        filling.components.add(component);
        if (filling.components.size() == batchSize) {
            handOver();
        }
    }

    /** Plans the intent once read, with the outcomes planned early where they are for its components. */
    public Planned plan(ParsedIntent parsed) {
        if (filling != null) {
            batches.add(filling);
            filling = null;
        }
        for (Batch batch : batches) {
            batch.planUnlessClaimed(jobPlanner);
        }
        Outcome[] outcomes = new Outcome[batches.stream().mapToInt(batch -> batch.components.size()).sum()];
        for (Batch batch : batches) {
            batch.awaitPlanned();
            for (Outcome outcome : batch.outcomes) {
                if (outcome != null && outcome.component().index() < outcomes.length) {
                    outcomes[outcome.component().index()] = outcome;
                }
            }
        }
        return planner.plan(parsed, options, (component, intentName) -> {
            Outcome early = component.index() < outcomes.length ? outcomes[component.index()] : null;
            boolean same = early != null && early.component().equals(component)
                    && early.intentName().equals(intentName);
            used += same ? 1 : 0;
            return same ? Optional.of(early) : Optional.empty();
        });
    }

    /** How many components of the plan took the outcome planned early. */
    int outcomesUsed() {
        return used;
    }

    /** Stops the second thread after the component it is planning; what it has not planned is left. */
    @Override
    public void close() {
        closed = true;
    }

    private void handOver() {
        batches.add(filling);
        pending.add(filling);
        filling = null;
        if (working.compareAndSet(false, true)) {
            try {
                executor.execute(this::work);
            } catch (RejectedExecutionException refused) {
                working.set(false);
            }
        }
    }

    /** Plans the batches handed over until there are none, then ends; the next batch starts it again. */
    private void work() {
        while (true) {
            Batch batch;
            while (!closed && (batch = pending.poll()) != null) {
                batch.planUnlessClaimed(jobPlanner);
            }
            working.set(false);
            if (closed || pending.isEmpty() || !working.compareAndSet(false, true)) {
                return;
            }
        }
    }

    /** Components read one after the other, planned together by whichever thread claims them first. */
    private final class Batch {

        private final String intentName;

        private final List<Component> components = new ArrayList<>();

        private final AtomicBoolean claimed = new AtomicBoolean();

        private final CountDownLatch planned = new CountDownLatch(1);

        private Outcome[] outcomes;

        Batch(String intentName) {
            this.intentName = intentName;
        }

        void planUnlessClaimed(JobPlanner jobPlanner) {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            Outcome[] planning = new Outcome[components.size()];
            try {
                for (int i = 0; i < planning.length && !closed; i++) {
                    planning[i] = jobPlanner.plan(components.get(i), intentName);
                }
            } catch (RuntimeException bug) {
                // Left out: the planner plans the component again on the reading thread, where the same
                // failure surfaces where it can be seen.
            } finally {
                outcomes = planning;
                planned.countDown();
            }
        }

        void awaitPlanned() {
            boolean interrupted = false;
            while (true) {
                try {
                    planned.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
