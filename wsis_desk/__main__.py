"""``python -m wsis_desk``: the same as the ``wsis-desk`` command."""

from wsis_desk.app import launch

launch()
