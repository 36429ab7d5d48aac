"""Right-to-left letters (Hebrew, Arabic and their presentation forms), named once for every
reader and writer that must tell which way a run of text goes."""

from __future__ import annotations

import re

RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
