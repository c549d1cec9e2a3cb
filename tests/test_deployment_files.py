"""There is no Docker engine here: the compose file is checked by reading it."""
import importlib
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def compose():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_has_the_five_services_from_one_image():
    services = compose()["services"]
    assert set(services) == {"db", "redis", "web", "worker", "beat"}
    assert services["db"]["image"].startswith("postgres:16")
    for name in ("web", "worker", "beat"):
        assert services[name]["build"] == "."
        assert services[name]["env_file"] == ".env"
        assert services[name]["depends_on"] == {"db": {"condition": "service_healthy"}, "redis": {"condition": "service_healthy"}}


def test_services_that_others_wait_for_have_health_checks():
    services = compose()["services"]
    for name in ("db", "redis", "web", "worker"):
        assert services[name]["healthcheck"]["test"]


def test_web_migrates_when_it_starts_and_each_command_names_a_real_module():
    services = compose()["services"]
    web = " ".join(services["web"]["command"])
    assert "manage.py migrate" in web
    module, attr = re.search(r"gunicorn (\S+):(\S+)", web).groups()
    assert hasattr(importlib.import_module(module), attr)
    for name in ("worker", "beat"):
        command = services[name]["command"]
        assert command[:3] == ["celery", "-A", "config"]
        assert hasattr(importlib.import_module(command[2]), "celery_app")


def test_every_setting_read_from_the_environment_is_in_env_example_and_readme():
    names = set()
    for path in [ROOT / "config" / "settings.py"]:
        names |= set(re.findall(r'env_\w+\("([A-Z_]+)"', path.read_text()))
    names |= {f"CLAIMTRACK_SHELF_LIFE_{k}_DAYS" for k in ("FACT", "OPINION", "PREDICTION", "QUESTION", "REFERENCE")}
    names.discard("CLAIMTRACK_SHELF_LIFE_")
    example = (ROOT / ".env.example").read_text()
    readme = (ROOT / "README.md").read_text()
    assert [n for n in sorted(names) if n not in example] == []
    assert [n for n in sorted(names) if n not in readme] == []
