"""Stage 3, the merge: per-article extractions reconciled into one Briefing.

Pure: no I/O, no model, no client. import-linter holds it to that (pyproject.toml).
"""

from summarizer.merge.briefing import Repeat, merge

__all__ = ["Repeat", "merge"]
