"""Hypothesis profiles for the fuzz harnesses: ``HYPOTHESIS_PROFILE=long`` for a long run."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile(
    "default", max_examples=300, deadline=None, suppress_health_check=_SLOW_OK
)
settings.register_profile("long", max_examples=5_000, deadline=None, suppress_health_check=_SLOW_OK)
settings.register_profile(
    "overnight", max_examples=500_000, deadline=None, suppress_health_check=_SLOW_OK
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
