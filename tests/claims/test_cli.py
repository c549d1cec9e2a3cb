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


def test_analyze_reads_a_pdf_file(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "brief.pdf"
    c = canvas.Canvas(str(path))
    c.drawString(60, 780, "The ferry carried 1,200 passengers a day in 2025.")
    c.linkURL("https://ferry.example/figures", (60, 778, 300, 790), relative=0)
    c.showPage()
    c.save()
    out = run("analyze", str(path), "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["document"]["format"] == "pdf"
    assert [c["text"] for c in data["claims"]] == ["The ferry carried 1,200 passengers a day in 2025."]
    assert data["sources"][0]["url"] == "https://ferry.example/figures" and data["sources"][0]["claims"] == ["c1"]


def test_analyze_refuses_a_file_that_only_claims_to_be_a_pdf(tmp_path):
    path = tmp_path / "fake.pdf"
    path.write_bytes(b"%PDF-1.7\nthis is not really a pdf\n")
    out = run("analyze", str(path))
    assert out.returncode != 0
    assert "PDF" in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_checkworthiness_command_scores_each_line_and_reports_f1(tmp_path):
    path = tmp_path / "s.tsv"
    path.write_text("Sentence_id\tText\tclass_label\n"
                    "1\tThe deficit rose to 3.2 trillion dollars in 2020.\tYes\n"
                    "2\tThank you all for coming tonight.\tNo\n")
    out = run("checkworthiness", str(path))
    assert out.returncode == 0, out.stderr
    lines = [line.split("\t") for line in out.stdout.strip().splitlines()]
    assert [row[0] for row in lines] == ["1", "2"] and [row[2] for row in lines] == ["Yes", "No"]
    assert "F1 1.0000" in out.stderr


def test_stance_command_prints_one_label_per_pair_in_order(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"claim": "Cities should build more cycle lanes",
                                "perspective": "Cycle lanes make cycling safer and reduce pollution.", "stance": "supports"}) + "\n"
                    + json.dumps({"claim": "Cities should build more cycle lanes",
                                  "perspective": "Cycle lanes waste money and cause dangerous congestion."}) + "\n")
    out = run("stance", str(path))
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["supports", "counters"]
    assert "accuracy 1.0000 on 1 labelled pairs" in out.stderr
