import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_engine_does_not_import_django():
    code = "import sys, claims.analysis; print('django' in sys.modules or any(m.startswith('django.') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_no_module_under_the_engine_mentions_django_imports():
    offenders = [p for p in (ROOT / "claims" / "analysis").rglob("*.py")
                 if any(line.lstrip().startswith(("import django", "from django")) for line in p.read_text().splitlines())]
    assert offenders == []
