"""The benchmarks' one percentile function (bench/stats.py): nearest rank."""

import pytest

from bench.stats import percentile


@pytest.mark.parametrize(
    ("values", "percent", "expected"),
    [
        (range(1, 11), 95, 10),  # rank ⌈9.5⌉ of 10: the largest, not the 9th
        (range(1, 21), 95, 19),  # rank 19 of 20, not the largest
        (range(1, 101), 95, 95),
        (range(1, 11), 50, 5),
        (range(1, 12), 50, 6),  # the median of an odd count
        ([7], 95, 7),
        ([3, 1, 2], 100, 3),  # unsorted input
        (range(1, 1001), 99.9, 999),  # no binary rounding of 99.9
    ],
)
def test_nearest_rank(values, percent, expected):
    assert percentile(list(values), percent) == expected


@pytest.mark.parametrize(("values", "percent"), [([], 95), ([1], 0), ([1], 101)])
def test_nonsense_is_refused(values, percent):
    with pytest.raises(ValueError):
        percentile(values, percent)
