"""The link check against HTTP servers the test starts on 127.0.0.1 (no outside network)."""
import datetime as dt
import http.server
import threading

import pytest

from sources import linkcheck


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _answer(self, body: bool):
        routes = {
            "/ok": (200, None), "/gone": (404, None), "/paywall": (402, None),
            "/moved": (301, "/"), "/": (200, None), "/article-moved": (302, "/ok"),
        }
        if self.path == "/no-head" and self.command == "HEAD":
            code, location = 405, None
        elif self.path == "/no-head":
            code, location = 200, None
        else:
            code, location = routes.get(self.path, (500, None))
        self.send_response(code)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Length", "2")
        self.end_headers()
        if body:
            self.wfile.write(b"ok")

    def do_HEAD(self):
        self._answer(False)

    def do_GET(self):
        self._answer(True)


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.mark.parametrize("path,outcome,method", [
    ("/ok", "ok", "HEAD"),
    ("/no-head", "ok", "GET"),
    ("/gone", "failed", "HEAD"),
    ("/moved", "redirect_home", "HEAD"),
    ("/article-moved", "ok", "HEAD"),
])
def test_probe_classifies_answers(server, path, outcome, method):
    probe = linkcheck.probe(server + path, timeout=5)
    assert (probe.outcome, probe.method) == (outcome, method)


def test_a_paywall_answer_on_a_known_paywalled_domain_is_not_a_failure(server):
    assert linkcheck.probe(server + "/paywall", timeout=5, paywalled_domains=frozenset({"127.0.0.1"})).outcome == "paywalled"
    assert linkcheck.probe(server + "/paywall", timeout=5).outcome == "failed"


def test_a_refused_connection_is_a_failure():
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    probe = linkcheck.probe(f"http://127.0.0.1:{port}/x", timeout=2)
    assert probe.outcome == "failed" and probe.status is None and probe.error


DAY = dt.timedelta(days=1)
T0 = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize("history,expected", [
    ([(T0, "failed"), (T0 + DAY, "failed"), (T0 + 2 * DAY, "failed")], "unknown"),
    ([(T0, "failed"), (T0 + 3 * DAY, "failed"), (T0 + 6 * DAY, "redirect_home")], "dead"),
    ([(T0, "failed"), (T0 + 3 * DAY, "ok"), (T0 + 6 * DAY, "failed"), (T0 + 9 * DAY, "failed")], "unknown"),
    ([(T0, "paywalled")], "paywalled"),
    ([(T0, "failed"), (T0 + 3 * DAY, "failed"), (T0 + 6 * DAY, "failed"), (T0 + 7 * DAY, "ok")], "live"),
])
def test_dead_only_after_three_failures_at_least_three_days_apart(history, expected):
    assert linkcheck.liveness_after(history, "unknown") == expected


@pytest.mark.django_db(transaction=True)
def test_link_check_run_marks_a_dead_source_and_flags_the_claims_citing_it(server, settings):
    from claims.models import Article, ArticleVersion, Claim
    from newsrooms.models import Newsroom
    from reviews.models import Flag
    from sources.models import Citation, Source
    from sources.services import link_check_run

    settings.CLAIMTRACK_LINK_CHECK = True
    newsroom = Newsroom.objects.create(slug="links", name="Links")
    article = Article.objects.create(newsroom=newsroom, title="t")
    version = ArticleVersion.objects.create(article=article, raw="x", format="text", sha256="0" * 64)
    claim = Claim.objects.create(article=article, version=version, ordinal=0, start=0, end=1, text="x", kind="fact")
    dead = Source.objects.create(newsroom=newsroom, key="dead", url=server + "/gone")
    live = Source.objects.create(newsroom=newsroom, key="live", url=server + "/ok")
    Citation.objects.create(claim=claim, source=dead, how="inline")
    Citation.objects.create(claim=claim, source=live, how="inline")
    for day in (0, 3, 6):
        result = link_check_run(now=T0 + day * DAY)
    dead.refresh_from_db()
    live.refresh_from_db()
    assert (dead.liveness, live.liveness) == ("dead", "live")
    assert result["raised"] == 1
    flag = Flag.objects.get(claim=claim, kind="source_dead", state="open")
    assert flag.reasons == [f"cited source is dead: {server}/gone"]
