"""The CLI as a user runs it: separate processes, real files, exit statuses and one-line errors."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "harbour-bridge-closure.html"


def run(*args, env=None):
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


def test_analyze_needs_no_database(tmp_path):
    missing = tmp_path / "no" / "such" / "dir" / "db.sqlite3"
    out = run("analyze", str(SAMPLE), "--json", "--now", "2026-11-25", env={"DATABASE_URL": f"sqlite:///{missing}"})
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["schema"] == "claimtrack.analysis/1"
    assert not missing.parent.exists()
    for claim in data["claims"]:
        assert data["text"][claim["start"]:claim["end"]] == claim["text"]
        assert set(claim) >= {"id", "start", "end", "text", "kind", "checkworthiness", "checkworthy", "speaker",
                              "speaker_vague", "times", "quantities", "time_sensitive", "expires", "sources", "evidence"}
    assert set(data) >= {"schema", "document", "text", "headings", "claims", "sources", "relations", "flags"}


@pytest.mark.parametrize("make_file,message", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: (d / "empty.txt").write_text("  \n") and d / "empty.txt", "empty"),
    (lambda d: (d / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50) and d / "blob.txt", "binary"),
])
def test_analyze_refuses_bad_input_with_one_line(tmp_path, make_file, message):
    path = make_file(tmp_path)
    out = run("analyze", str(path), "--json")
    assert out.returncode != 0
    assert message in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert out.stdout == ""


def test_analyze_refuses_an_unknown_format():
    out = run("analyze", str(SAMPLE), "--format", "docx")
    assert out.returncode != 0
    assert "docx" in out.stderr
