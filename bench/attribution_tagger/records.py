"""export.py's records, read by both sides of the split (torch venv and main venv)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

# One text: id, text, gold / pred attributions ({"frags", "form"}), cue and source fragments.
Record = dict[str, Any]
HELDOUT_FILE = "heldout_ids.json"  # ids of the held-out tenth of train


def load(path: Path) -> list[Record]:
    """One exported text per line."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def heldout_ids(data: Path) -> set[str]:
    return set(json.loads((data / HELDOUT_FILE).read_text(encoding="utf-8")))
