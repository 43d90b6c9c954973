package org.storyline.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import org.storyline.engine.Reporter;

/**
 * Reports to standard error: a progress bar redrawn in place on a terminal, plain log lines every few seconds
 * otherwise (CI logs, pipes).
 */
final class TerminalReporter implements Reporter {
    private final PrintStream err;
    private final boolean terminal;
    private final boolean quiet;
    private volatile boolean barShown;

    TerminalReporter(PrintStream err, boolean terminal, boolean quiet) {
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
    }

    /** Whether standard error is a terminal: the launcher tells, as Java 21 cannot. */
    static boolean stderrIsTerminal() {
        return Boolean.getBoolean("storyline.tty");
    }

    @Override
    public synchronized void info(String message) {
        if (!quiet) {
            line(message);
        }
    }

    @Override
    public synchronized void problem(String message) {
        line("problem: " + message);
    }

    private void line(String message) {
        if (barShown) {
            err.print("\r\033[K");
            barShown = false;
        }
        err.println(message);
    }

    @Override
    public Progress progress(String phase, long total) {
        return new Bar(phase, total);
    }

    private final class Bar implements Progress {
        private final String phase;
        private final long total;
        private final long started = System.nanoTime();
        private final AtomicLong done = new AtomicLong();
        private volatile long lastDraw;

        Bar(String phase, long total) {
            this.phase = phase;
            this.total = total;
            this.lastDraw = terminal ? 0 : started;
        }

        @Override
        public void step() {
            long n = done.incrementAndGet();
            long now = System.nanoTime();
            long interval = terminal ? 100_000_000L : 5_000_000_000L;
            if (now - lastDraw >= interval && n < total) {
                lastDraw = now;
                draw(n, now);
            }
        }

        private void draw(long n, long now) {
            double seconds = (now - started) / 1e9;
            double rate = seconds > 0 ? n / seconds : 0;
            synchronized (TerminalReporter.this) {
                if (quiet && !terminal) {
                    return;
                }
                if (terminal) {
                    int width = 30;
                    int filled = total == 0 ? width : (int) (width * n / total);
                    long eta = rate > 0 ? (long) ((total - n) / rate) : 0;
                    err.printf("\r\033[K%-8s [%s%s] %d/%d  %.1f/s  eta %d:%02d", phase, "#".repeat(filled),
                            ".".repeat(width - filled), n, total, rate, eta / 60, eta % 60);
                    err.flush();
                    barShown = true;
                } else {
                    err.printf("%s: %d/%d (%d%%), %.1f/s%n", phase, n, total, total == 0 ? 100 : 100 * n / total, rate);
                }
            }
        }

        @Override
        public void close() {
            synchronized (TerminalReporter.this) {
                if (barShown) {
                    err.print("\r\033[K");
                    err.flush();
                    barShown = false;
                }
            }
        }
    }
}
