"""HAND-WRITTEN chat-completion bodies for unit tests of our handling (never model output)."""

from __future__ import annotations

from typing import Any


def completion_body(content: str, finish_reason: str = "stop") -> dict[str, Any]:
    """An OpenAI chat.completion response body carrying `content`."""
    return {
        "id": "hand-written",
        "object": "chat.completion",
        "created": 0,
        "model": "hand-written",
        "choices": [
            {
                "index": 0,
                "finish_reason": finish_reason,
                "message": {"role": "assistant", "content": content},
            }
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    }
