package io.medusajava.mock.domain.events;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The events the store announced, oldest first, each with a sequence number that only ever grows.
 * It holds at most {@link #limit()} events: past that the oldest are dropped and counted, so a
 * long-running mock keeps flat memory, and a reader polling with {@link #since(long, String)
 * since(lastSeqSeen, ...)} learns how many it missed instead of missing them silently. {@link
 * #clear()} empties it; numbering goes on, so a poller never mistakes a new event for one it has
 * seen. Thread-safe; {@link #awaitEvent} waits for code on other threads.
 */
public final class EventOutbox {
  /**
   * Enough for any one test's flow; a full cart event is a few kB, so this stays within a few MB.
   */
  public static final int DEFAULT_LIMIT = 1_000;

  private final ArrayDeque<StoreEvent> events = new ArrayDeque<>();
  private int limit;
  private long lastSeq;

  /**
   * The last seq when the outbox was last emptied: events after it and before the oldest kept were
   * dropped.
   */
  private long clearedAt;

  private long dropped;

  public EventOutbox(int limit) {
    this.limit = checked(limit);
  }

  /**
   * What a reader gets: the events asked for, the newest seq so far, and how many the bound
   * dropped.
   */
  public record Snapshot(List<StoreEvent> events, long lastSeq, long dropped, long missed) {}

  /** Appends an event, dropping the oldest when full, and wakes {@link #awaitEvent} callers. */
  synchronized StoreEvent add(String name, String dataJson, String createdAt) {
    StoreEvent e = new StoreEvent(++lastSeq, name, dataJson, createdAt);
    events.addLast(e);
    trim();
    notifyAll();
    return e;
  }

  private void trim() {
    while (events.size() > limit) {
      events.removeFirst();
      dropped++;
    }
  }

  /** Every event kept, oldest first. */
  public synchronized List<StoreEvent> events() {
    return List.copyOf(events);
  }

  /** The kept events named {@code name}, oldest first. */
  public List<StoreEvent> events(String name) {
    return since(0, name).events();
  }

  /**
   * The kept events with a seq above {@code afterSeq} (0 for all) and, unless {@code name} is null,
   * that name; {@code missed} counts those above {@code afterSeq} that the bound dropped before
   * they could be read.
   */
  public synchronized Snapshot since(long afterSeq, String name) {
    List<StoreEvent> out = new ArrayList<>();
    for (StoreEvent e : events) {
      if (e.seq() > afterSeq && (name == null || e.name().equals(name))) {
        out.add(e);
      }
    }
    long oldestKept = events.isEmpty() ? lastSeq + 1 : events.peekFirst().seq();
    long missed = Math.max(0, oldestKept - 1 - Math.max(afterSeq, clearedAt));
    return new Snapshot(List.copyOf(out), lastSeq, dropped, missed);
  }

  /** The seq of the newest event so far (0 before the first), also after {@link #clear()}. */
  public synchronized long lastSeq() {
    return lastSeq;
  }

  /** How many events the bound dropped since the outbox was last emptied. */
  public synchronized long dropped() {
    return dropped;
  }

  /** Empties the outbox and its dropped count; sequence numbers go on. */
  public synchronized void clear() {
    events.clear();
    dropped = 0;
    clearedAt = lastSeq;
  }

  public synchronized int limit() {
    return limit;
  }

  /** Changes how many events are kept; lowering it drops the oldest now. */
  public synchronized void limit(int limit) {
    this.limit = checked(limit);
    trim();
  }

  private static int checked(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("the event limit must be at least 1, was " + limit);
    }
    return limit;
  }

  /**
   * The first kept event named {@code name} with a seq above {@code afterSeq}, waiting up to {@code
   * timeout} for it to be announced (by a request another thread is still serving, say).
   *
   * @throws AssertionError when none came in time, naming the events that did
   * @throws IllegalStateException when the waiting thread is interrupted (its interrupt flag stays
   *     set)
   */
  public synchronized StoreEvent awaitEvent(String name, long afterSeq, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (StoreEvent e : events) {
        if (e.seq() > afterSeq && e.name().equals(name)) {
          return e;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        List<String> seen = new ArrayList<>();
        events.forEach(e -> seen.add(e.seq() + " " + e.name()));
        throw new AssertionError(
            "no event "
                + name
                + " after seq "
                + afterSeq
                + " within "
                + timeout.toMillis()
                + " ms; the outbox holds "
                + seen);
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for event " + name, e);
      }
    }
  }

  /** {@link #awaitEvent(String, long, Duration)} over every kept event. */
  public StoreEvent awaitEvent(String name, Duration timeout) {
    return awaitEvent(name, 0, timeout);
  }
}
