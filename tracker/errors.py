"""One exception tree for the whole tracker.

Everything the tracker raises on purpose is a :class:`TrackerError`, so a caller (the command line,
the dashboard) can catch one class and show one line. Errors caused by the caller's input also
subclass :class:`ValueError`, as requests and httpx do, so generic code that guards against bad
values keeps working.
"""

from __future__ import annotations


class TrackerError(Exception):
    """Base of every error the tracker raises deliberately."""


class InputError(TrackerError, ValueError):
    """The caller gave something the tracker cannot use (a bad file, date, zone or option)."""


class BulletinError(InputError):
    """A bulletin file could not be read: empty, binary, undecodable or too large.

    ``name`` is the file or upload name at fault, so a batch can report it and go on.
    """

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class CatalogFormatError(InputError):
    """A catalogue file is in no format the tracker knows, or is malformed."""


class FeedError(TrackerError):
    """A catalogue feed failed: network, timeout, HTTP error or a malformed body.

    Carries the provider, the URL and, where the server said something, its message.
    """

    def __init__(
        self,
        message: str,
        *,
        provider: str | None = None,
        url: str | None = None,
        status: int | None = None,
        server_message: str | None = None,
    ) -> None:
        super().__init__(message)
        self.provider = provider
        self.url = url
        self.status = status
        self.server_message = server_message


class FeedRequestError(FeedError, InputError):
    """The server refused the query as malformed or too large (HTTP 400, 413)."""


class FeedTimeout(FeedError):
    """The server did not connect or answer within the timeout."""


class StoreError(TrackerError):
    """The store could not be opened, migrated or written."""


class StatsError(TrackerError):
    """A statistic cannot be computed from the data given (too few events, no mainshock)."""
