"""The one error type Afterview raises for bad input."""

from __future__ import annotations


class InputError(ValueError):
    """Input that Afterview cannot use: an unknown value, an impossible date, a bad file.

    The message is written for the person who typed the input; ``field`` names the
    offending field when there is one, so a form can show the message beside it.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field

    @property
    def message(self) -> str:
        return str(self.args[0])


class NotFoundError(InputError):
    """An id that names nothing: no such application, or no such person on it.

    The web interface answers these with 404 rather than 400.
    """
