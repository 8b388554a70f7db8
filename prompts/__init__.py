"""Prompt templates (data): loaded by summarizer.prompting."""
