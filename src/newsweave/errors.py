"""newsweave's errors: one base class, a few kinds a caller can act on.

    NewsweaveError                  base; the CLI prints its message and exits with ``exit_code``
    ├── InputError                  an input file, record, URL or request body is unusable (exit 2)
    │   ├── UnreadableInput         not text, wrong/undetectable encoding, missing, too large
    │   ├── EmptyInput              readable, but nothing that looks like an article is in it
    │   └── FetchError              a URL or feed could not be fetched (timeout, status, size)
    ├── ConfigError                 a model, option or environment setting is wrong (exit 3)
    │   └── ModelNotAvailable       a configured spaCy / embedding model is not installed
    ├── StoreError                  the SQLite store cannot be opened, migrated or written (exit 4)
    │   └── NotFound                an event / article id is not in the store
    ├── PipelineError               a stage failed or its inputs were missing (exit 5)
    │   └── BudgetExceeded          one article's work in a stage ran past its time budget
    └── OutputError                 an output file or stdout cannot be written (exit 6)

Every error that concerns an input carries ``path`` (a file path, URL or record
locator such as ``feed.jsonl:12``) so a message always names what to fix.
"""

from __future__ import annotations


class NewsweaveError(Exception):
    """Base class: everything newsweave raises on purpose derives from it."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)


class InputError(NewsweaveError):
    exit_code = 2


class UnreadableInput(InputError):
    pass


class EmptyInput(InputError):
    pass


class FetchError(InputError):
    pass


class ConfigError(NewsweaveError):
    exit_code = 3


class ModelNotAvailable(ConfigError):
    pass


class StoreError(NewsweaveError):
    exit_code = 4


class NotFound(StoreError):
    pass


class PipelineError(NewsweaveError):
    exit_code = 5


class BudgetExceeded(PipelineError):
    pass


class OutputError(NewsweaveError):
    exit_code = 6
