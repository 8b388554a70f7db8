"""JSON Schemas generated from summarizer.models by `summarizer schema`."""
