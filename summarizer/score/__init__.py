"""Scoring a briefing against hand-written gold facts, and comparing two runs."""
