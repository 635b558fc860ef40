"""The news desk both the server tests and the Atom tests read: built once per session (its
ingest is the slow part) and served on loopback; nobody writes to it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desk_store import build_desk
from newsweave.serve.app import BackgroundServer, create_app


@pytest.fixture(scope="session")
def desk(tmp_path_factory, seeds_dir, data_dir):
    """The constructed store of tests/desk_store.py, its times counted back from now."""
    now = datetime.now(UTC).replace(microsecond=0)
    return build_desk(tmp_path_factory.mktemp("desk") / "desk.db", seeds_dir, data_dir, now)


@pytest.fixture(scope="session")
def desk_server(desk):
    with BackgroundServer(create_app(str(desk.db))) as srv:
        yield srv
