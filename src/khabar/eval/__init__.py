"""Evaluation on gold data: one module per task, each returning an :class:`EvalReport`."""

from .report import EvalReport, data_digest, require_data

__all__ = ["EvalReport", "data_digest", "require_data"]
