"""Address normalization: the same address written twice is one source."""
from __future__ import annotations

import re
from urllib.parse import SplitResult, parse_qsl, urlsplit, urlunsplit

_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|dclid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|ocid|_ga|yclid|msclkid)$", re.I)
_PROFILE_SEGMENTS = frozenset("members member people staff author authors team experts expert profile profiles bio contributors contributor about-us".split())


# a link wrapped in a redirect ("https://www.google.com/url?q=https://www.gov.uk/…&sa=D", as Google
# Docs exports write every link; Outlook's safe links; Facebook's outbound links) points at the
# address it carries: the host, the path, and the parameter that holds the address
_REDIRECTS = ((re.compile(r"(?:www\.)?google\.[a-z.]+"), "/url", ("q", "url")),
              (re.compile(r"[\w-]+\.safelinks\.protection\.outlook\.com"), "", ("url",)),
              (re.compile(r"l\.facebook\.com|lm\.facebook\.com"), "/l.php", ("u",)))


def _unwrapped(url: str) -> str:
    if "/url" not in url and "safelinks" not in url and "l.php" not in url:
        return url
    for _ in range(3):  # a wrapper inside a wrapper, a few deep at most
        try:
            parts = urlsplit(url)
        except ValueError:
            return url
        host = (parts.hostname or "").lower()
        target = next((value for pattern, path, keys in _REDIRECTS
                       if pattern.fullmatch(host) and parts.path.rstrip("/") == path
                       for key, value in parse_qsl(parts.query) if key in keys and value.lower().startswith(("http://", "https://"))),
                      None)
        if target is None:
            return url
        url = target
    return url


def normalize_url(url: str) -> str:
    url = _unwrapped(url.strip())
    while url and url[-1] in ".,;:)]}>\"'”’" and not (url[-1] == ")" and url.count("(") >= url.count(")")):
        url = url[:-1]  # closing punctuation, and a bracket the address did not open
    if url.lower().startswith("www."):
        url = "http://" + url
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # "http://y.example:(Graphic" has no port: the address is kept as written
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    # the query as written, less its tracking parameters ("?CaseNo=ARB/20/50" keeps its slashes; a path
    # keeps its slash before a query: "economy.ge/?page=news", "…/TXT/?uri=CELEX:…")
    query = "&".join(p for p in parts.query.split("&") if p and not _TRACKING.match(p.split("=", 1)[0]))
    path = parts.path if query else parts.path.rstrip("/")
    return urlunsplit((scheme, host, path, query, ""))


def identity(url: str) -> str:
    """What two addresses must share to be one source: no scheme, no `www.`."""
    n = normalize_url(url)
    n = re.sub(r"^[a-z]+://", "", n).replace("/?", "?")  # ("…/trade/?id=9" and "…/trade?id=9" are one page)
    return re.sub(r"^www\.", "", n)


def _parts(url: str) -> SplitResult:
    """The normalized address split into its parts; one that cannot be split has a path only."""
    normalized = normalize_url(url)
    try:
        return urlsplit(normalized)
    except ValueError:  # "http://[abc" (a broken IPv6 host)
        return SplitResult("", "", normalized, "", "")


def domain(url: str) -> str:
    host = _parts(url).hostname or ""
    return re.sub(r"^www\.", "", host)


def is_site_root(url: str) -> bool:
    parts = _parts(url)
    return parts.path in ("", "/") and not parts.query


def looks_like_profile(url: str, person: str | None) -> bool:
    path = _parts(url).path.lower()
    segments = [s for s in path.split("/") if s]
    if any(s in _PROFILE_SEGMENTS for s in segments[:-1] or segments):
        return True
    if person:
        slug = re.sub(r"[^a-z0-9]+", "-", person.lower()).strip("-")
        return bool(slug) and slug in path
    return False


def words(url: str) -> list[str]:
    """The words an address carries in its path ("…/killed-by-indiscriminate-use…")."""
    path = _parts(url).path.lower()
    found = [w for w in re.findall(r"[a-z]+", path) if len(w) > 1 and w not in ("html", "htm", "php", "aspx", "www", "en", "news", "latest", "world")]
    # ("…/armenia-freezes-csto-participation-2024-02-23/", "…/2020/oct/04/…"): the month the page is dated, as "2024-02"
    found.extend(f"{m.group('y')}-{m.group('m')}" for m in _PATH_MONTH.finditer(path) if 1 <= int(m.group("m")) <= 12)
    return found


_PATH_MONTH = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-/_](?P<m>\d\d)(?:[-/_]\d\d)?(?!\d)")
