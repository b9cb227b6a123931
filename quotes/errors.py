"""Every error the library raises, each saying what was received and what is allowed.

Library code raises these; only ``cli.py`` turns them into one-line messages and exit codes.
"""
from __future__ import annotations


class QuotesError(Exception):
    """Base class of the errors of this package."""


class LanguageNotFound(QuotesError):
    def __init__(self, code: str, available: list[str]):
        super().__init__(f"no language data for {code!r}; available: {', '.join(available) or 'none'}")


class InputError(QuotesError):
    """An input file or record that cannot be read."""


class NotUtf8(InputError):
    def __init__(self, name: str, offset: int, encoding: str):
        super().__init__(f"{name}: not valid {encoding} at byte {offset} (use --encoding to name the file's encoding)")


class RecordError(InputError):
    """One JSON Lines record that cannot be processed; the batch goes on."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


class TooLong(RecordError):
    def __init__(self, length: int, limit: int, line: int | None = None):
        super().__init__(f"text has {length} characters, over the limit of {limit} (--max-chars)", line)


class GoldError(QuotesError):
    """A gold-standard file that does not follow ANNOTATION.md."""
