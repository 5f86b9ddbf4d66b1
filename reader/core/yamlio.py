"""YAML in and out, safely.

Reading: ``yaml.safe_load`` semantics with three limits a hostile file could otherwise abuse:
a size cap, no aliases (a "billion laughs" file expands a few hundred bytes into gigabytes), and
no implicit timestamps (an unquoted ``2018-13-45`` would raise from deep inside PyYAML; dates stay
strings and are validated by their reader, which names the field).

Writing: a round trip through ruamel.yaml, so the comments and the order a person gave a
``release.yaml`` survive a save; only the keys that changed are rewritten.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import yaml

from reader.core import atomic

MAX_YAML_BYTES = 1024 * 1024
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class YamlProblem(ValueError):
    """The text is not acceptable YAML; the message says where and why, in one line."""


# libyaml's parser when PyYAML has it (twelve times faster on a release.yaml, which a cold index
# of a large library feels); the resolver and constructor stay PyYAML's safe ones either way.
_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[misc]
    """SafeLoader without implicit timestamps, refusing a key given twice in one mapping: PyYAML keeps
    the last in silence, so a 'date:' added by hand below the first hid it (a new user's trial)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[str] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"'{key_node.value}' given twice", key_node.start_mark
                    )
                seen.add(key_node.value)
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _has_alias(text: str) -> bool:
    if "*" not in text:
        return False  # no alias is possible: skip the event scan
    try:
        return any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(text, Loader=_Loader))
    except yaml.YAMLError:
        return False  # the load below reports the syntax error with its line


def load(text: str) -> Any:
    """Parse YAML text with the limits above; raise YamlProblem with a one-line reason."""
    if len(text) > MAX_YAML_BYTES:
        raise YamlProblem(f"{len(text)} characters, over the {MAX_YAML_BYTES // 1024} KB a YAML file may hold")
    if _has_alias(text):
        raise YamlProblem("YAML aliases (*name) are not allowed")
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise YamlProblem(f"malformed YAML: {where}{problem}") from None
    except RecursionError:
        raise YamlProblem("malformed YAML: nested too deeply") from None


def read(path: Path, *, follow: bool = True) -> Any:
    """Read and parse a YAML file; OSError and UnicodeDecodeError are left to the caller to name.

    A pipe or a device is refused at once; `follow=False` refuses a symbolic link (a release folder).
    """
    raw = atomic.read_limited(path, MAX_YAML_BYTES, follow=follow)
    if len(raw) > MAX_YAML_BYTES:
        raise YamlProblem(f"over the {MAX_YAML_BYTES // 1024} KB a YAML file may hold")
    return load(raw.decode("utf-8").removeprefix("\ufeff"))


def _ruamel() -> Any:
    from ruamel.yaml import YAML

    rt = YAML(typ="rt")
    rt.width = 4096  # a title or issuer on one line: wrapped, a line ended in a space (a trial)
    rt.preserve_quotes = True
    rt.indent(mapping=2, sequence=4, offset=2)
    return rt


def round_trip_load(text: str) -> Any:
    """A comment-keeping document for an update; None when the text cannot be round-tripped."""
    if len(text) > MAX_YAML_BYTES or _has_alias(text):
        return None
    try:
        return _ruamel().load(text)
    except Exception:  # noqa: BLE001 - ruamel raises many types; the caller then writes afresh
        return None


def round_trip_dump(document: Any) -> str:
    out = io.StringIO()
    _ruamel().dump(document, out)
    return out.getvalue()


def dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=4096)
