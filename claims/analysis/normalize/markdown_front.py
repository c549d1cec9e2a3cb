"""A Markdown page's front matter, YAML or TOML: its top-level fields, a nested list's first entry, an
inline list's first item."""
from __future__ import annotations

import re

_TOML_FIELD = re.compile(r"^(?P<key>[\w-]+)\s*=\s*(?P<value>.+?)\s*$")

# a nested entry under a key: "  - name: Priya Natarajan", "  - Priya Natarajan", "  name: …"
_NESTED_VALUE = re.compile(r"^\s+(?:-\s+)?(?:name\s*:\s*)?(?P<value>[^:\n]+?)\s*$")


def _first_item(value: str) -> str:
    """A front-matter value unquoted; of an inline list, its first item."""
    if value.startswith("[") and value.endswith("]"):
        value = value[1:-1].split(",")[0]
    return value.strip().strip("\"'")


def front_fields(block: str) -> dict[str, str]:
    """A YAML front matter's top-level fields, lower-cased keys; a key whose value is a nested list
    ("authors:" over "  - name: Priya Natarajan" and "    title: Communications officer") takes its
    first entry's name, never a nested key's value."""
    fields: dict[str, str] = {}
    pending = None  # the top-level key still waiting for its value on the lines under it
    for line in block.splitlines():
        if line[:1] in (" ", "\t", "-"):
            if pending and (m := _NESTED_VALUE.match(line if line[:1] != "-" else " " + line)):
                fields[pending] = m.group("value").strip("\"'")
                pending = None
            continue
        if ":" in line:
            k, v = line.split(":", 1)
            key, value = k.strip().lower(), v.strip()
            fields[key] = _first_item(value)  # "authors: [Priya Natarajan, Tom Hale]"
            pending = key if not fields[key] else None
    return fields


def toml_fields(block: str) -> dict[str, str]:
    """A TOML front matter's top-level fields (those before its first "[table]"), lower-cased keys;
    an array gives its first item."""
    fields: dict[str, str] = {}
    for line in block.splitlines():
        if line.lstrip().startswith("["):
            break  # "[params]": what follows belongs to the table
        if m := _TOML_FIELD.match(line.strip()):
            fields[m.group("key").lower()] = _first_item(m.group("value"))  # 'authors = ["Ines Duarte", "Tom Hale"]'
    return fields


_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
# Hugo's TOML front matter between "+++" lines: 'title = "…"', 'date = 2026-03-02T09:00:00Z'
_TOML_FRONT_MATTER = re.compile(r"\A\+\+\+\s*\n(.*?)\n\+\+\+\s*\n", re.S)
# an outliner's page properties, a line each: "title:: Bus franchising", "date:: 2026-11-18"
_PAGE_PROPERTIES = re.compile(r"\A(?:[A-Za-z][\w-]{0,30}::[ \t]*[^\n]*\n)+")


def front_matter(raw: str) -> tuple[dict[str, str], int]:
    """The page's front matter, YAML, TOML or an outliner's properties, as fields, and where the body starts."""
    if fm := _FRONT_MATTER.match(raw):
        return front_fields(fm.group(1)), fm.end()
    if fm := _TOML_FRONT_MATTER.match(raw):
        return toml_fields(fm.group(1)), fm.end()
    if fm := _PAGE_PROPERTIES.match(raw):
        return {k.strip().lower(): v.strip() for k, _, v in (line.partition("::") for line in fm.group(0).splitlines())}, fm.end()
    return {}, 0
