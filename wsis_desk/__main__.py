"""``python -m wsis_desk``: the same as the ``wsis-desk`` command."""

import sys

from wsis_desk.app import main

sys.exit(main())
