"""Detectors and revisions from other packages, found through entry points, used by name.

A package offers a detector by registering it in the entry-point group ``newsparse.detectors``
(revisions: ``newsparse.revisions``), for example in its ``pyproject.toml``::

    [project.entry-points."newsparse.detectors"]
    paywall = "my_package.paywall:DETECTOR"

The built-in detectors are registered in the same group. Installing a package never changes
what :func:`newsparse.parse_article` returns: a plugin runs only when a chain names it.

>>> chain = with_plugins(default_chain(), before={"paragraph": ["byline"]})
Traceback (most recent call last):
...
ValueError: chain names must be unique; repeated: byline
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from importlib.metadata import EntryPoint, entry_points
from typing import Final

from newsparse.chain import Chain, Detector, Revision
from newsparse.detectors import default_chain

DETECTOR_GROUP: Final = "newsparse.detectors"
REVISION_GROUP: Final = "newsparse.revisions"


class PluginError(LookupError):
    """A plugin named by the caller is not installed or is not what it says it is."""


def available_detectors() -> tuple[str, ...]:
    """The names of the detectors installed (the built-ins and any plugins), sorted."""
    return tuple(sorted({point.name for point in _points(DETECTOR_GROUP)}))


def available_revisions() -> tuple[str, ...]:
    """The names of the revisions installed, sorted."""
    return tuple(sorted({point.name for point in _points(REVISION_GROUP)}))


def load_detector(name: str) -> Detector:
    """Load the detector registered as ``name``.

    Raises:
        PluginError: if no installed package registers ``name``, or it is not a Detector.
    """
    loaded = _load(DETECTOR_GROUP, name)
    if not isinstance(loaded, Detector):
        raise PluginError(f"entry point {name!r} in {DETECTOR_GROUP} is not a newsparse.Detector")
    if loaded.name != name:
        raise PluginError(f"entry point {name!r} holds a detector named {loaded.name!r}")
    return loaded


def load_revision(name: str) -> Revision:
    """Load the revision registered as ``name`` (see :func:`load_detector`)."""
    loaded = _load(REVISION_GROUP, name)
    if not isinstance(loaded, Revision) or loaded.name != name:
        raise PluginError(f"entry point {name!r} in {REVISION_GROUP} is not a Revision {name!r}")
    return loaded


def with_plugins(
    chain: Chain[Detector],
    *,
    before: Mapping[str, Iterable[str]] | None = None,
    after: Mapping[str, Iterable[str]] | None = None,
) -> Chain[Detector]:
    """Place plugins, loaded by name, before or after the named detectors of ``chain``.

    ``before={"paragraph": ["paywall"]}`` puts the detector registered as ``paywall`` just
    before ``paragraph``.
    """
    for anchor, names in (before or {}).items():
        for name in names:
            chain = chain.insert_before(anchor, load_detector(name))
    for anchor, names in (after or {}).items():
        for name in reversed(list(names)):
            chain = chain.insert_after(anchor, load_detector(name))
    return chain


def _points(group: str) -> Iterable[EntryPoint]:
    return entry_points(group=group)


def _load(group: str, name: str) -> object:
    matches = [point for point in _points(group) if point.name == name]
    if not matches:
        raise PluginError(
            f"no {group} entry point named {name!r}; installed: "
            f"{', '.join(sorted({point.name for point in _points(group)})) or 'none'}"
        )
    return matches[0].load()


__all__ = [
    "DETECTOR_GROUP",
    "REVISION_GROUP",
    "PluginError",
    "available_detectors",
    "available_revisions",
    "default_chain",
    "load_detector",
    "load_revision",
    "with_plugins",
]
