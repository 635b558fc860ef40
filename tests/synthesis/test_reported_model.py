"""The committed reported-speech model (``quotes/reported_weights.json``) is what
``bench/learn_reported.py`` fits from the code as it stands.

Why a test: the model's examples depend on what the hand-written rules report (a token the
rules take is no example, an attribution they match is no positive), so any change to the
quote code can change the fit. Session 24 found the committed file fit with code 46 commits
old, 7,606 of ~8,100 weights moved, none of it visible to any other test. The check parses
PolNeAR train and fits (about three minutes on two cores).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import need

ROOT = Path(__file__).resolve().parents[2]
# learn_reported.py reads PolNeAR from here, whatever NEWSWEAVE_SHARED says.
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
# Generous against a slow machine: the fit takes ~3 minutes.
FIT_TIMEOUT_S = 1200


def test_the_committed_reported_speech_model_is_what_the_code_fits() -> None:
    need(POLNEAR / "train", "PolNeAR train")
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "learn_reported.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=FIT_TIMEOUT_S,
        check=False,
    )
    assert run.returncode == 0, (
        "reported_weights.json is not what the code fits: run "
        "`python bench/learn_reported.py` and commit the file\n"
        + run.stdout[-2000:]
        + run.stderr[-2000:]
    )
    assert run.stdout.rstrip().endswith("reported_weights.json: reproduced")
