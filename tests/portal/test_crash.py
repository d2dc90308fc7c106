"""A crash mid-export leaves no partial package: SIGKILL at random, then look."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from danvan_desktop.portal import read_package, signing
from tests.portal.conftest import PASSPHRASE

CHILD = """
import sys
from pathlib import Path
from danvan_desktop.portal import build_package, signing
from tests.portal.conftest import sample_input
key = signing.load_signing_key(sys.argv[2], Path(sys.argv[3]))
package = sample_input(count=60)
print("ready", flush=True)
for round_number in range(1000):
    build_package(package, Path(sys.argv[1]), key)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_exports_leave_a_whole_package_or_none(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    signing.generate_key(PASSPHRASE, keys)
    public = signing.load_public_key(keys)
    root = Path(__file__).resolve().parents[2]
    chance = random.Random(20261126)
    outcomes = set()
    for attempt in range(5):
        target = tmp_path / f"attempt-{attempt}" / "package.zip"
        target.parent.mkdir()
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(target), PASSPHRASE, str(keys)],
            cwd=root,
            stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(root)},
        )
        assert child.stdout is not None and child.stdout.readline() == b"ready\n"
        time.sleep(chance.uniform(0.05, 1.5))
        child.send_signal(signal.SIGKILL)
        child.wait()
        if target.exists():
            assert read_package(target, public).manifest["articles"]
            outcomes.add("whole")
        else:
            outcomes.add("none")
        leftovers = [p for p in target.parent.iterdir() if p.name != "package.zip"]
        assert all(p.name.endswith(".part") for p in leftovers)
    assert outcomes  # each attempt ended in one of the two allowed states
