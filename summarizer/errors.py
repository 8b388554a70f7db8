"""Every error summarizer raises, in one hierarchy; each message says what to do.

Catch `SummarizerError` to handle any of them. The command line's exit code comes
from the class (`exit_code`), so a script can tell a bad flag from a failed run.
"""

from __future__ import annotations


class SummarizerError(Exception):
    """Base of summarizer's errors: catch this to handle any of them."""

    exit_code = 1


class ConfigError(SummarizerError):
    """The run cannot start as configured (a flag, the environment, a missing file)."""

    exit_code = 2


class NoArticlesError(ConfigError):
    """Nothing readable was given; the message says so."""


class RecordingError(ConfigError):
    """A cassette folder or recording is missing or is not one made by --record."""


class ModelError(ConfigError):
    """The embedded model's file is unknown, missing or corrupt; the message says how to fix it."""


class LocalServerError(SummarizerError):
    """The embedded model's server could not start or stopped answering."""

    exit_code = 2


class LocalServerFailed(LocalServerError):
    """The embedded model's server died (a signal or an exit code), or could not answer
    one short completion right after it started: nothing more can be extracted. The
    message names the signal, quotes the end of the server's log and says what to do."""

    exit_code = 4


class GoldError(SummarizerError):
    """A gold facts file (for `summarizer score`) is malformed; the message names the place."""

    exit_code = 2


class InputError(SummarizerError, ValueError):
    """One input item is unusable; the message names the item and the problem.

    Never raised out of a batch: collected, reported, and the rest goes on.
    """


class ExtractionError(SummarizerError):
    """An article or one of its passes could not be extracted; the message says why."""


class AnswerFault(ExtractionError):
    """The endpoint answered, but not with a usable chat completion (an error page, an
    empty answer, a refusal, an answer cut off): worth asking again."""


class EndpointDown(ExtractionError):
    """So many connections in a row failed that the endpoint is plainly down: the run
    stops instead of waiting out every article's retries."""

    exit_code = 4


class InternalError(ExtractionError):
    """A bug in summarizer met while reading one article: that article (or pass) is
    reported as failed and the rest of the run goes on. Please report it with the article."""

    @classmethod
    def while_reading(cls, where: str, exc: BaseException) -> InternalError:
        return cls(
            f"{where}: internal error ({type(exc).__name__}: {exc}); this is a bug in "
            "summarizer, not in the article or the endpoint: please report it with the article"
        )


class Cancelled(ExtractionError):
    """The run was interrupted; work not finished is reported as such."""

    exit_code = 130
