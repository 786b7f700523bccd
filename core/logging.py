"""Log filters that keep an outage from flooding the log (settings.LOGGING uses them).

A database outage used to write a full traceback for every failed request: 20 seconds
gave about 2,400 errors and 208,000 lines. RepeatFilter lets the first of a run of
identical records through, in full, and counts the rest for a time window; when the
window ends it writes one line, "Repeated N times in the last M s: ...". Records are
identical when they come from the same logger at the same level with the same exception
type and message (with an exception) or the same text (without one). The count is
per process: each server worker writes its own first record and its own count.

WithoutTraceback drops a record's traceback: a bad Host header (DisallowedHost) is the
client's mistake, not ours, and one line says all there is to say.
"""

import logging
import os
import threading
import time
import weakref

# Records a window counts at most: a flood of distinct messages is not held in memory.
MAX_TRACKED = 500
LABEL_LENGTH = 300
_filters = weakref.WeakSet()


class RepeatFilter(logging.Filter):
    """Passes the first of identical records in `window` seconds and counts the others.

    Attach it to handlers (settings.LOGGING: the console handler), so that what it holds
    back is held back from the log output only; the counts go to those handlers. One
    instance may serve several handlers: a record keeps the decision it got first.
    """

    SUMMARY = "Repeated %d times in the last %d s: %s"

    def __init__(self, window=60, level=logging.WARNING, name=""):
        super().__init__(name)
        self.window = float(window)
        self.level = logging.getLevelNamesMapping()[level] if isinstance(level, str) else level
        self._reset()
        _filters.add(self)

    def _reset(self):
        self._lock = threading.Lock()
        self._windows = {}  # key -> _Window
        self._timer = None

    def filter(self, record):
        decision = getattr(record, "_repeat_filter_passed", None)
        if decision is not None:
            return decision
        if getattr(record, "repeat_summary", False) or record.levelno < self.level:
            decision = True
        else:
            decision = self._count(record)
        record._repeat_filter_passed = decision
        return decision

    def _count(self, record):
        key = record_key(record)
        now = time.monotonic()
        with self._lock:
            ended = self._take_ended(now)
            window = self._windows.get(key)
            if window is not None:
                window.suppressed += 1
                self._schedule(now)
                decision = False
            else:
                if len(self._windows) < MAX_TRACKED:
                    self._windows[key] = _Window(now, record, self.window)
                decision = True
        self._write(ended, now)
        return decision

    def _take_ended(self, now):
        """Removes the windows that have ended; returns those that suppressed something."""
        ended = [key for key, window in self._windows.items() if window.end <= now]
        return [w for w in (self._windows.pop(key) for key in ended) if w.suppressed]

    def _schedule(self, now):
        """A timer for the next window end, so that a count is written even if nothing is
        logged afterwards (the outage is over, say)."""
        if self._timer is not None and self._timer.is_alive():
            return
        pending = [w.end for w in self._windows.values() if w.suppressed]
        if not pending:
            return
        self._timer = threading.Timer(max(0.01, min(pending) - now), self.flush)
        self._timer.daemon = True
        self._timer.start()

    def flush(self, everything=False):
        """Writes the counts of ended windows (of every window with `everything`)."""
        now = time.monotonic()
        with self._lock:
            self._timer = None
            if everything:
                ended = [w for w in self._windows.values() if w.suppressed]
                self._windows.clear()
            else:
                ended = self._take_ended(now)
            self._schedule(now)
        self._write(ended, now)

    def _write(self, ended, now):
        for window in ended:
            seconds = max(1, round(now - window.start))
            logger = logging.getLogger(window.logger)
            record = logger.makeRecord(
                logger.name,
                window.level,
                "(repeats)",
                0,
                self.SUMMARY,
                (window.suppressed, seconds, window.label),
                None,
                extra={"repeat_summary": True},
            )
            # Straight to the handlers that hold this filter, the ones that were spared
            # the repeats; not through the loggers, so no other handler (a test's log
            # capture, say) gets a count of records it was given in full.
            for handler in self._handlers(logger):
                handler.handle(record)

    def _handlers(self, logger):
        found = []
        while logger is not None:
            found += [h for h in logger.handlers if self in h.filters and h not in found]
            logger = logger.parent if logger.propagate else None
        return found


class _Window:
    __slots__ = ("start", "end", "suppressed", "logger", "level", "label")

    def __init__(self, now, record, length):
        self.start = now
        self.end = now + length
        self.suppressed = 0
        self.logger = record.name
        self.level = record.levelno
        self.label = record_label(record)


def _exception(record):
    return record.exc_info[1] if record.exc_info and record.exc_info[1] is not None else None


def record_key(record):
    exception = _exception(record)
    if exception is not None:
        return (record.name, record.levelno, type(exception).__qualname__, str(exception))
    return (record.name, record.levelno, record.getMessage())


def record_label(record):
    """One line saying what repeated: the exception, or the message."""
    exception = _exception(record)
    if exception is not None:
        text = f"{type(exception).__name__}: {exception}"
    else:
        text = record.getMessage()
    text = " ".join(text.split())
    return text if len(text) <= LABEL_LENGTH else text[: LABEL_LENGTH - 1] + "…"


class WithoutTraceback(logging.Filter):
    """Keeps the message, drops the traceback."""

    def filter(self, record):
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True


def _after_fork_in_child():
    """A forked server worker starts with its own counts: the parent's timer thread does
    not exist in the child, and the parent writes its own counts."""
    for repeat_filter in list(_filters):
        repeat_filter._reset()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
