package io.liteci.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReleasableTaskTest {

    @Test
    void shouldRunItsWorkUntilReleasedAndNothingAfter() {
        AtomicInteger runs = new AtomicInteger();
        ReleasableTask task = new ReleasableTask(runs::incrementAndGet);

        task.run();
        task.release();
        task.run();

        assertThat(runs).hasValue(1);
    }
}
