"""The one base every summarizer error derives from; each message says what to do."""

from __future__ import annotations


class SummarizerError(Exception):
    """Base of summarizer's errors: catch this to handle any of them."""
