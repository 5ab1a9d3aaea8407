package org.crossing.app.bench;

import java.lang.management.ManagementFactory;

/** What the current thread has used so far, from the JVM's per-thread counters: bytes allocated and CPU time. */
public final class ThreadAllocation {

    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private ThreadAllocation() {}

    /** The bytes allocated by this thread since it started, or -1 where the JVM does not count them. */
    public static long bytes() {
        return THREADS == null ? -1 : THREADS.getThreadAllocatedBytes(Thread.currentThread().threadId());
    }

    /** The CPU time this thread has used, in nanoseconds, or -1 where the JVM does not measure it. */
    public static long cpuNanos() {
        return THREADS == null || !THREADS.isCurrentThreadCpuTimeSupported() ? -1 : THREADS.getCurrentThreadCpuTime();
    }

    private static com.sun.management.ThreadMXBean threads() {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)) return null;
        if (!threads.isThreadAllocatedMemorySupported()) return null;
        if (!threads.isThreadAllocatedMemoryEnabled()) threads.setThreadAllocatedMemoryEnabled(true);
        return threads;
    }
}
