"""The package's shape: one direction of dependencies, no cycles, no module too long to read.

Imports are read from the source (function-level imports included), so an import that
only runs on some code path cannot hide a cycle or an upward dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newsweave"

# Lowest first. A module may import its own layer and the layers below it, never above.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("errors", "models", "config"),
    ("text",),
    ("nlp",),
    ("clean",),
    ("sources",),
    ("events",),
    ("synthesis",),
    ("scale",),
    ("corpus",),
    ("serve",),
    ("cli", "__init__"),
)
# A module longer than this is several concerns (the issue that set the layout).
MAX_MODULE_LINES = 900


def _modules() -> dict[str, Path]:
    out = {}
    for f in PACKAGE.rglob("*.py"):
        parts = list(f.relative_to(PACKAGE).with_suffix("").parts)
        if parts[-1] == "__init__" and len(parts) > 1:
            parts = parts[:-1]
        out[".".join(parts)] = f
    return out


def _layer(module: str) -> int:
    top = module.split(".")[0]
    for i, names in enumerate(LAYERS):
        if top in names:
            return i
    raise AssertionError(
        f"module newsweave.{module} belongs to no layer: add its package to LAYERS"
    )


def _imports(module: str, path: Path, known: set[str]) -> set[str]:
    """Every newsweave module ``module`` imports, at any depth of its code."""
    tree = ast.parse(path.read_text(), filename=str(path))
    pkg = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found: set[str] = set()

    def add(name: str) -> None:
        # the longest known module that ``name`` names (``a.b.func`` -> ``a.b``)
        parts = name.split(".")
        while parts and ".".join(parts) not in known:
            parts.pop()
        if parts:
            found.add(".".join(parts))

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("newsweave."):
                    add(a.name[len("newsweave.") :])
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg[: len(pkg) - node.level + 1]
                mod = ".".join([*base, node.module] if node.module else base)
            elif node.module and (
                node.module == "newsweave" or node.module.startswith("newsweave.")
            ):
                mod = node.module[len("newsweave.") :] if node.module != "newsweave" else ""
            else:
                continue
            for a in node.names:
                add(f"{mod}.{a.name}" if mod else a.name)
            if mod:
                add(mod)
    found.discard(module)
    return found


MODULES = _modules()
GRAPH = {m: _imports(m, p, set(MODULES)) for m, p in MODULES.items()}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_point_down(module: str) -> None:
    up = sorted(
        d for d in GRAPH[module] if _layer(d) > _layer(module) and not module.startswith(d + ".")
    )
    assert not up, f"newsweave.{module} imports higher layers: {up}"


def test_no_import_cycle() -> None:
    # a package's __init__ importing its own submodules is a re-export, not a cycle
    def edges(m: str) -> set[str]:
        return {d for d in GRAPH[m] if not d.startswith(m + ".") and not m.startswith(d + ".")}

    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> None:
        state[m] = 1
        stack.append(m)
        for d in sorted(edges(m)):
            if state.get(d) == 1:
                cycle = [*stack[stack.index(d) :], d]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if d not in state:
                visit(d)
        stack.pop()
        state[m] = 2

    for m in sorted(MODULES):
        if m not in state:
            visit(m)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_module_fits_in_mind(module: str) -> None:
    n = len(MODULES[module].read_text().splitlines())
    assert n <= MAX_MODULE_LINES, (
        f"newsweave.{module} has {n} lines (limit {MAX_MODULE_LINES}): split it"
    )


def test_no_scaffolding_words() -> None:
    for m, p in MODULES.items():
        text = p.read_text().lower()
        for word in ("does not exist yet", "helper"):
            assert word not in text, f"newsweave.{m} still says {word!r}"


def test_public_api_is_the_curated_names() -> None:
    import newsweave

    assert set(newsweave.__all__) == {"__version__", *newsweave._EXPORTS}
    for name in newsweave.__all__:
        assert getattr(newsweave, name) is not None, name
    assert newsweave.weave.__module__ == "newsweave.synthesis.weave"
    assert newsweave.Store.__module__ == "newsweave.corpus.store"
    with pytest.raises(AttributeError):
        newsweave.no_such_name  # noqa: B018


def test_private_names_stay_in_their_module() -> None:
    """A leading underscore means "this module only": another module that needs the name
    needs it public (named, documented), not reached into."""
    found = []
    for m, p in MODULES.items():
        tree = ast.parse(p.read_text())
        aliases = set()  # local names bound to newsweave modules
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and node.module.startswith("newsweave")
            ):
                for a in node.names:
                    if a.name.startswith("_") and not a.name.startswith("__"):
                        found.append(f"newsweave.{m} imports {node.module}.{a.name}")
                    if f"{node.module[len('newsweave.') :]}.{a.name}".lstrip(".") in MODULES or (
                        node.module == "newsweave" and a.name in MODULES
                    ):
                        aliases.add(a.asname or a.name)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in aliases
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
            ):
                found.append(f"newsweave.{m} uses {node.value.id}.{node.attr}")
    assert not found, "\n".join(found)
