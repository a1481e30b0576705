"""The layering of `articles/`, read from the source's imports (README, "Layout").

- `text/` and the page reader (`importing/pagereader/`) are pure Python: no Django.
- `models/` imports only Django, the libraries it stores through, and `text/`.
- Only `changes` refreshes or forgets derived data (listings, the search index, stored
  renderings, the render epoch); the modules that hold that data do it to their own rows.
- The site never imports `corpus/` (generated archives and evaluations are tools).
- No import circle between the app's modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "articles"


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {
    _module(path): path
    for path in APP.rglob("*.py")
    if "migrations" not in path.parts and "__pycache__" not in path.parts
}


def _imports(module: str) -> list[tuple[str, ast.Import | ast.ImportFrom]]:
    """(imported module, the import node) for every import in `module`, resolved: `from
    .x import y` names `articles...x.y` when that is a module, else `articles...x`."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: list[tuple[str, ast.Import | ast.ImportFrom]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            for alias in node.names:
                candidate = f"{source}.{alias.name}"
                found.append((candidate if candidate in MODULES else source, node))
    return found


def _in(module: str, *packages: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def _inside_function(tree: ast.AST) -> set[int]:
    """Line numbers of imports inside functions (apps' ready() is where Django wants them)."""
    lines = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            lines |= {
                sub.lineno for sub in ast.walk(node) if isinstance(sub, ast.Import | ast.ImportFrom)
            }
    return lines


PURE = ("articles.text", "articles.importing.pagereader")


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _in(m, *PURE)))
def test_the_text_engine_and_the_page_reader_import_no_django(module):
    for imported, _node in _imports(module):
        assert not _in(imported, "django"), f"{module} imports {imported}"
        if _in(imported, "articles"):
            assert _in(imported, *PURE), f"{module} imports {imported}"


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _in(m, "articles.models")))
def test_models_import_only_django_and_the_text_engine(module):
    for imported, _node in _imports(module):
        if _in(imported, "articles"):
            assert _in(imported, "articles.models", "articles.text"), f"{module} imports {imported}"


# What refreshes or forgets derived data: (module, function).
FORGETTING = {
    ("articles.listing", "refresh"),
    ("articles.listing", "drop"),
    ("articles.listing", "recount"),
    ("articles.listing", "recount_all"),
    ("articles.search", "index_article"),
    ("articles.search", "index_articles"),
    ("articles.search", "reindex_all"),
    ("articles.search.index", "index_article"),
    ("articles.search.index", "index_articles"),
    ("articles.search.index", "reindex_all"),
    ("articles.stored.pages", "forget"),
    ("articles.stored.pages", "forget_articles_of"),
    ("articles.stored.pages", "forget_all"),
    ("articles.stored.panels", "forget_subjects"),
    ("articles.stored.panels", "forget_all"),
    ("articles.stored.sections", "forget"),
    ("articles.stored.freshness", "forgotten"),
    ("articles.linking", "link_article"),
    ("articles.linking", "relink_articles"),
    ("articles.linking", "relink_for_entities"),
    ("articles.edge.purging", "articles_changed"),
    ("articles.edge.purging", "subjects_changed"),
    ("articles.edge.purging", "article_pages"),
    ("articles.edge.purging", "everything"),
    ("articles.edge.purging", "purge"),
    ("articles.images.variants", "refresh"),
}
# Modules allowed to call them: `changes`, and each holder of derived data on its own rows.
MAY_FORGET = (
    "articles.changes",
    "articles.listing",
    "articles.search",
    "articles.stored",
    "articles.edge",
)


def _calls_that_forget(module: str) -> list[str]:
    """Calls in `module` of a FORGETTING function, through any name it was imported as."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    aliases: dict[str, str] = {}  # local name -> module
    functions: dict[str, tuple[str, str]] = {}  # local name -> (module, function)
    for imported, statement in _imports(module):
        for alias in statement.names:
            local = alias.asname or alias.name
            if isinstance(statement, ast.ImportFrom) and imported.endswith("." + alias.name):
                aliases[local] = imported  # a module imported by name
            elif isinstance(statement, ast.ImportFrom):
                functions[local] = (imported, alias.name)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        target = None
        if isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name):
            target = (aliases.get(node.func.value.id, ""), node.func.attr)
        elif isinstance(node.func, ast.Name):
            target = functions.get(node.func.id)
        if target in FORGETTING:
            found.append(f"{module}:{node.lineno} calls {target[0]}.{target[1]}")
    return found


def test_only_changes_refreshes_or_forgets_derived_data():
    offenders = [
        call
        for module in MODULES
        if not _in(module, *MAY_FORGET)
        for call in _calls_that_forget(module)
    ]
    assert offenders == []


def test_the_check_sees_a_forbidden_call(tmp_path, monkeypatch):
    # The rule above would pass on a test that sees nothing: it must see a real offender.
    offender = tmp_path / "offender.py"
    offender.write_text(
        "from articles.stored import pages as stored\n"
        "from articles.listing import refresh\n"
        "def f():\n    stored.forget([1])\n    refresh([1])\n"
    )
    monkeypatch.setitem(MODULES, "articles.offender", offender)
    assert len(_calls_that_forget("articles.offender")) == 2


TOOLS = ("articles.corpus", "articles.management.commands")


def test_the_site_never_imports_the_corpus_tools():
    for module in MODULES:
        if _in(module, *TOOLS):
            continue
        for imported, _node in _imports(module):
            assert not _in(imported, "articles.corpus"), f"{module} imports {imported}"
    for path in (ROOT / "newsreader").rglob("*.py"):
        assert "articles.corpus" not in path.read_text(encoding="utf-8"), path


def test_no_import_inside_a_function_but_the_apps_ready():
    found = []
    for module, path in MODULES.items():
        if module == "articles.apps":
            continue
        for line in _inside_function(ast.parse(path.read_text(encoding="utf-8"))):
            found.append(f"{module}:{line}")
    assert found == []


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every circle a depth-first walk of `graph` meets."""
    state: dict[str, int] = {}
    stack: list[str] = []
    circles = []

    def visit(module: str) -> None:
        state[module] = 1
        stack.append(module)
        for following in sorted(graph.get(module, ())):
            if state.get(following) == 1:
                circles.append([*stack[stack.index(following) :], following])
            elif following not in state:
                visit(following)
        stack.pop()
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module)
    return circles


def test_the_circle_check_finds_a_circle():
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]


def test_no_import_circle_between_the_apps_modules():
    # Importing a module runs its package's __init__: that is not an edge of its own.
    graph = {
        module: {i for i, _node in _imports(module) if i in MODULES and i != module}
        for module in MODULES
    }
    assert _circles(graph) == []
