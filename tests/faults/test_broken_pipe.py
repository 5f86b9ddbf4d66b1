"""A reader of the command line's output that goes away early ('| head -1'): exit 0, no traceback."""

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import SEED_ID


def test_a_reader_that_stops_reading_is_no_failure(library_dir: Path):
    """'press-reader list | head -1': exit 0 and no traceback, as for any command-line tool."""
    for i in range(400):  # more rows than a pipe holds: the writer meets the closed end
        day = (dt.date(2000, 1, 1) + dt.timedelta(days=i)).isoformat()
        folder = library_dir / f"{day}-copy-{i}"
        shutil.copytree(library_dir / SEED_ID, folder)
        data = yaml.safe_load((folder / "release.yaml").read_text(encoding="utf-8"))
        data["id"], data["date"] = folder.name, day
        (folder / "release.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    env = dict(os.environ, PRESS_READER_LIBRARY=str(library_dir), COLUMNS="80")
    for args in (["list"], ["list", "--json"]):
        proc = subprocess.Popen(
            [sys.executable, "-m", "reader", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
        )
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.read(1)  # one byte, then the reader goes away
        proc.stdout.close()
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=60) == 0, err
        assert "Traceback" not in err
