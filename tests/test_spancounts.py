"""khabar.spancounts.per_span: per-span counts of classes 1-3 from one class array."""

import numpy as np

from khabar.spancounts import per_span


def test_counts_each_class_per_span_offset_by_low() -> None:
    kinds = np.array([1, 1, 0, 2, 3, 1, 0, 2], dtype=np.uint8)  # text[10:18]
    assert per_span(kinds, [(10, 13), (13, 18), (10, 18), (15, 15)], 10) == [
        (2, 0, 0),
        (1, 2, 1),
        (3, 2, 1),
        (0, 0, 0),
    ]


def test_a_class_absent_everywhere_counts_zero() -> None:
    kinds = np.array([0, 1, 1, 0], dtype=np.uint8)
    assert per_span(kinds, [(0, 4), (2, 3)], 0) == [(2, 0, 0), (1, 0, 0)]
