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
 * <p>The reading thread hands the components over in batches as soon as their YAML has been read.
 * When the file has been read, it takes back the batches the second thread has not begun and waits for
 * the one in progress; the {@link Planner} then plans what was taken back, as it would have without
 * this class. So the inputs of one model are never checked on two threads at once, and the plan is
 * the same either way: an outcome depends on the component and the intent's name alone, and the
 * planner uses one only for the very component of the parsed intent and an equal name.
 */
public final class EarlyPlanner implements AutoCloseable {

    private static final int BATCH_SIZE = 64;

    private final Planner planner;

    private final PlanOptions options;

    private final JobPlanner jobPlanner;

    private final Executor executor;

    private final int batchSize;

    /** Every batch handed over; used by the reading thread only. */
    private final List<Batch> batches = new ArrayList<>();

    private final Queue<Batch> pending = new ConcurrentLinkedQueue<>();

    /** Whether a task of the second thread is scheduled or running. */
    private final AtomicBoolean scheduled = new AtomicBoolean();

    /** What the executor holds: this planner, until it is closed. */
    private final ReleasableTask task = new ReleasableTask(this::work);

    private volatile boolean closed;

    /** The components read since the last batch was handed over. */
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
    public void take(String intentName, Component component) {
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
        filling = null;
        List<Batch> begun = new ArrayList<>();
        for (Batch batch : batches) {
            if (!batch.claimed.compareAndSet(false, true)) {
                begun.add(batch);
            }
        }
        // The batches hold the components in the order read, so the last one read has the highest index.
        int count = batches.isEmpty() ? 0 : batches.get(batches.size() - 1).lastIndex() + 1;
        Outcome[] byIndex = new Outcome[count];
        for (Batch batch : begun) {
            batch.awaitPlanned();
            for (Outcome outcome : batch.outcomes) {
                if (outcome != null) {
                    byIndex[outcome.component().index()] = outcome;
                }
            }
        }
        return planner.plan(parsed, options, (component, intentName) -> {
            Outcome outcome = component.index() < byIndex.length ? byIndex[component.index()] : null;
            boolean same = outcome != null && outcome.component() == component
                    && outcome.intentName().equals(intentName);
            used += same ? 1 : 0;
            return same ? Optional.of(outcome) : Optional.empty();
        });
    }

    /** How many components of the plan took the outcome planned early. */
    int outcomesUsed() {
        return used;
    }

    /** Stops the second thread after the component it is planning, and lets go of everything. */
    @Override
    public void close() {
        closed = true;
        task.release();
        pending.clear();
    }

    private void handOver() {
        batches.add(filling);
        pending.add(filling);
        filling = null;
        if (scheduled.compareAndSet(false, true)) {
            try {
                executor.execute(task);
            } catch (RejectedExecutionException | OutOfMemoryError refused) {
                // No second thread, or none to be had: the reading thread's planner plans everything.
                scheduled.set(false);
            }
        }
    }

    /** Plans the batches handed over until there are none, then ends; the next batch schedules it again. */
    private void work() {
        while (true) {
            try {
                Batch batch;
                while (!closed && (batch = pending.poll()) != null) {
                    batch.planUnlessClaimed(jobPlanner);
                }
            } finally {
                scheduled.set(false);
            }
            if (closed || pending.isEmpty() || !scheduled.compareAndSet(false, true)) {
                return;
            }
        }
    }

    /** Components read one after the other, planned together by the second thread unless taken back first. */
    private final class Batch {

        private final String intentName;

        private final List<Component> components = new ArrayList<>();

        private final AtomicBoolean claimed = new AtomicBoolean();

        private final CountDownLatch planned = new CountDownLatch(1);

        private Outcome[] outcomes = new Outcome[0];

        Batch(String intentName) {
            this.intentName = intentName;
        }

        int lastIndex() {
            return components.get(components.size() - 1).index();
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

        /** Waits for the second thread to finish this batch, which it has begun. */
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
