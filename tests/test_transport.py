"""Transport faults are retried (honouring Retry-After); request errors are not.

The server here is an in-process httpx2 MockTransport with HAND-WRITTEN responses:
it tests our retry policy, not a model.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx2
import instructor
import openai
import pytest
from handwritten import completion_body
from pydantic import BaseModel

from summarizer.extract.client import (
    RetryPolicy,
    RunControl,
    transport_error,
    with_transport_retries,
)


class Answer(BaseModel):
    value: int


def ok() -> httpx2.Response:
    return httpx2.Response(200, json=completion_body(json.dumps({"value": 7})))


def client_for(responses: list[httpx2.Response]) -> tuple[instructor.Instructor, list[int]]:
    calls: list[int] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        calls.append(1)
        return responses[len(calls) - 1]

    raw = openai.OpenAI(
        api_key="test",
        base_url="http://test.invalid/v1",
        max_retries=0,
        http_client=httpx2.Client(transport=httpx2.MockTransport(handler)),
    )
    return instructor.from_openai(raw, mode=instructor.Mode.JSON), calls


def ask(client: instructor.Instructor) -> Callable[[], Answer]:
    return lambda: client.create(
        response_model=Answer,
        model="m",
        max_retries=0,
        messages=[{"role": "user", "content": "seven"}],
    )


def test_rate_limit_and_server_errors_are_retried() -> None:
    retried: list[BaseException] = []
    client, calls = client_for(
        [
            httpx2.Response(429, headers={"retry-after": "0"}, json={"error": {"message": "slow"}}),
            httpx2.Response(503, headers={"retry-after": "0"}, json={"error": {"message": "busy"}}),
            ok(),
        ]
    )
    answer = with_transport_retries(ask(client), on_retry=retried.append)
    assert answer.value == 7
    assert len(calls) == 3
    assert [type(transport_error(e)) for e in retried] == [
        openai.RateLimitError,
        openai.InternalServerError,
    ]


def test_a_bad_request_is_not_retried() -> None:
    client, calls = client_for([httpx2.Response(400, json={"error": {"message": "bad"}})] * 3)
    with pytest.raises(Exception) as info:
        with_transport_retries(ask(client))
    assert len(calls) == 1
    assert transport_error(info.value) is None


def test_retries_give_up_after_the_attempt_limit() -> None:
    client, calls = client_for(
        [httpx2.Response(500, headers={"retry-after": "0"}, json={"error": {}})] * 5
    )
    with pytest.raises(Exception) as info:
        with_transport_retries(ask(client), control=RunControl(RetryPolicy(attempts=2)))
    assert len(calls) == 2
    assert isinstance(transport_error(info.value), openai.InternalServerError)
