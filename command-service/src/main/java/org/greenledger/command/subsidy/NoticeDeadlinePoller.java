package org.greenledger.command.subsidy;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs {@link NoticeDeadlines#fireDue()} every {@code greenledger.subsidy.deadline-poll} while the service runs. */
class NoticeDeadlinePoller implements SmartLifecycle {

    private static final Logger logger = LoggerFactory.getLogger(NoticeDeadlinePoller.class);

    private final NoticeDeadlines deadlines;
    private final Duration every;
    private ScheduledExecutorService scheduler;

    NoticeDeadlinePoller(NoticeDeadlines deadlines, Duration every) {
        this.deadlines = deadlines;
        this.every = every;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "notice-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::round, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            deadlines.fireDue();
        } catch (RuntimeException e) {
            logger.warn("A round of notice deadlines failed; the next one retries: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
