"""Stage 2, extraction: per-article passes asked of a model through instructor, each
answer grounded in the article's sentences by the pass validators.

prompting (prompts/ rendered), passes (schemas and validators), grounding (what a
sentence supports), alignment (citations repaired), figures and roles (rules read from
the wording), client (the OpenAI-compatible endpoint), article (the passes over one
article).
"""
