"""Process-wide tuning done once after start-up, shared by the CLI, the GUI and the benchmarks."""

from __future__ import annotations

import gc


def quiet_start() -> None:
    """Pause the garbage collector while the window starts (``settle_heap`` resumes it).

    Start-up makes hundreds of thousands of objects that all live on; the collections they
    trigger find nothing to free and cost about 5% of the time to the first picture.
    """
    gc.disable()


def settle_heap() -> None:
    """Move everything alive after start-up out of the garbage collector's sight (and resume
    collecting, if ``quiet_start`` paused it).

    Imports leave hundreds of thousands of long-lived objects (modules, classes, the parties
    registry, Qt wrappers). Without this, every full collection triggered by ordinary work
    rescans them: about a third of the bracket census of a 100-page draft was spent there.
    """
    gc.collect()
    gc.freeze()
    gc.enable()
