"""The one percentile function every benchmark script reports with.

Nearest-rank percentile: the p-th percentile of n values is the smallest value that at least
p % of the values are less than or equal to, i.e. the value at rank ⌈p/100 × n⌉ (1-based) of
the sorted values. It is always one of the measured values, never an interpolation:

    percentile(range(1, 11), 95) == 10    # rank ⌈9.5⌉ = 10 of 10
    percentile(range(1, 21), 95) == 19    # rank ⌈19⌉ = 19 of 20
    percentile(range(1, 11), 50) == 5     # rank 5 of 10 (the lower middle value)

With fewer than 20 values, p95 is the largest value; that is what nearest rank means, and
why the scripts take enough samples for p95 to mean something.
"""

import math
from fractions import Fraction


def percentile(values, percent):
    """The nearest-rank `percent`-th percentile (0 < percent ≤ 100) of `values`."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("percentile of no values")
    share = Fraction(str(percent))  # str: 95 and 99.9 exactly, without binary rounding
    if not 0 < share <= 100:
        raise ValueError(f"percent must be in (0, 100], not {percent}")
    rank = math.ceil(share * len(ordered) / 100)
    return ordered[rank - 1]


def timed(call):
    """(milliseconds, SQL queries, what `call` returned) of one call."""
    import time  # noqa: PLC0415 - the statistics above need neither Django nor a clock

    from django.db import connection  # noqa: PLC0415 - after django.setup() in the scripts
    from django.test.utils import CaptureQueriesContext  # noqa: PLC0415

    with CaptureQueriesContext(connection) as captured:
        start = time.perf_counter()
        result = call()
        elapsed = (time.perf_counter() - start) * 1000
    return elapsed, len(captured.captured_queries), result


def report(name, samples, width=28):
    """One line: the name, how many samples, p50 and p95 ms and the queries (a range when
    they differ); `samples` are timed() answers. Returns the times."""
    times = [sample[0] for sample in samples]
    queries = sorted({sample[1] for sample in samples})
    spread = f"{queries[0]}" if len(queries) == 1 else f"{queries[0]}–{queries[-1]}"
    print(
        f"{name:<{width}}{len(samples):>4}{percentile(times, 50):>10.1f}"
        f"{percentile(times, 95):>10.1f}{spread:>10}"
    )
    return times
