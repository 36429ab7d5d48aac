"""Entry point of the frozen executables (build.spec): the ``wsis-desk`` command line.

With no command it opens the desktop app, as the installed ``wsis-desk`` script does.
"""

import os
import sys

# A windowed Windows executable (wsis-desk-gui.exe) starts with sys.stdout and sys.stderr set
# to None; give them somewhere to write so a message never becomes a crash.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from wsis_desk.app import launch  # noqa: E402

launch()
