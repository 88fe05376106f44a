"""Executors beyond one machine: ``khabar run --engine ray --out DIR`` writes Parquet tables
(:mod:`khabar.engine.ray_run`, layout in :mod:`khabar.engine.tables`) and ``khabar load DIR``
brings them into a store (:mod:`khabar.engine.load`)."""
