package org.gazette.work;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A daemon thread that runs rounds of work until stopped: a round, then a wait until {@link #nudge()} is called
 * or the wait the round asked for has passed (the poll interval, or a longer backoff after a failure). A nudge
 * that comes during a round is not lost: the next wait ends at once. Stopping ends the wait, lets the round in
 * hand finish (a round checks {@link #running()} between its steps) and joins the thread.
 */
public final class WakeableLoop {

    /** One round of work. */
    @FunctionalInterface
    public interface Round {

        /** Does the work there is; returns how long to wait before the next round, or null for the poll interval. */
        Duration run();
    }

    private static final Duration JOIN_AT_MOST = Duration.ofSeconds(30);

    private final String name;
    private final Duration pollInterval;
    private final Round round;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private boolean nudged;
    private volatile boolean running;
    private Thread thread;

    public WakeableLoop(String name, Duration pollInterval, Round round) {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException(name + ": the poll interval must be positive, got " + pollInterval);
        }
        this.name = name;
        this.pollInterval = pollInterval;
        this.round = round;
    }

    /** Starts the thread, named as the loop. */
    public synchronized void start() {
        running = true;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Ends the loop after the round in hand and waits up to 30 s for the thread to end. */
    public void stop() {
        Thread stopping;
        synchronized (this) {
            running = false;
            stopping = thread;
        }
        nudge();
        if (stopping != null) {
            try {
                stopping.join(JOIN_AT_MOST.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether the loop goes on: a long round checks it between its steps. */
    public boolean running() {
        return running;
    }

    /** Ends the current wait, or the next one when a round is running. */
    public void nudge() {
        lock.lock();
        try {
            nudged = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        while (running) {
            Duration wait = round.run();
            waitFor(wait == null ? pollInterval : wait);
        }
    }

    private void waitFor(Duration wait) {
        lock.lock();
        try {
            long left = wait.toNanos();
            // a condition may wake without a signal: wait out the rest unless nudged or stopped
            while (!nudged && running && left > 0) {
                left = wake.awaitNanos(left);
            }
            nudged = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }
}
