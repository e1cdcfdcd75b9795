package org.greenledger.command;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs a round of {@link Deadlines} at a fixed delay while the service runs. */
public final class DeadlinePoller implements SmartLifecycle {

    private static final Logger logger = LoggerFactory.getLogger(DeadlinePoller.class);

    private final String name;
    private final Runnable round;
    private final Duration every;
    private ScheduledExecutorService scheduler;

    public DeadlinePoller(String name, Runnable round, Duration every) {
        this.name = name;
        this.round = round;
        this.every = every;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::round, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            round.run();
        } catch (RuntimeException e) {
            logger.warn("A round of {} failed; the next one retries: {}", name, e.toString());
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
