"""The errors qabot raises; front ends turn them into one-line messages.

    QabotError
    ├── ReadError          a file could not be turned into articles (names the file and why)
    ├── QuestionError      a question that cannot be asked (empty, too long)
    ├── StoreError         the store is missing, locked, corrupted or of another version
    │   └── StoreLockedError   another ingest holds the write lock
    └── TemplateError      a prompt template is malformed (names the file and line)
"""
from __future__ import annotations


class QabotError(Exception):
    """Base class of every error a user may see."""


class ReadError(QabotError):
    """A file could not be read into articles."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class QuestionError(QabotError):
    """A question that cannot be asked as given."""


class StoreError(QabotError):
    """The store cannot be used as it is."""


class StoreLockedError(StoreError):
    """Another process is writing to the store."""


class TemplateError(QabotError):
    """A prompt template is malformed."""
