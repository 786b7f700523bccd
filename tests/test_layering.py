"""Dependencies between our apps point one way (docs/architecture.md, "Which way dependencies
point"): core ← models_library (the catalogue) ← search, programmes, home. An app may import
the apps to its left, never those to its right, so a change in a page of home can never break
the catalogue, and the catalogue can be read without knowing who uses it.

The test reads the source, not the running program: every import statement of every module
(functions included), parsed with `ast`, and every `{% load %}`, `{% include %}` and
`{% extends %}` of every template."""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Each app and the apps of ours it must not import: everything above it in the layers.
FORBIDDEN = {
    "core": {"models_library", "search", "programmes", "home", "opendata"},
    "models_library": {"search", "programmes", "home", "opendata"},
    "search": {"programmes", "home", "opendata"},
    "programmes": {"home", "opendata"},
    "home": {"opendata"},
    # Open data reads the catalogue through its search; only config names it.
    "opendata": {"programmes", "home"},
}

# (importing module, imported app): why it is allowed. None today; keep it that way.
ALLOWED = {}


def app_modules(app):
    return sorted((ROOT / app).rglob("*.py"))


def imported_apps(path):
    """{(our app imported, line number)} of one module, wherever the import statement is."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue  # relative imports stay inside the app
        found |= {(name.split(".")[0], node.lineno) for name in names}
    return found


@pytest.mark.parametrize("app", sorted(FORBIDDEN))
def test_apps_import_only_the_layers_below(app):
    wrong = []
    for path in app_modules(app):
        module = path.relative_to(ROOT).with_suffix("").as_posix().replace("/", ".")
        for imported, line in sorted(imported_apps(path)):
            if imported in FORBIDDEN[app] and (module, imported) not in ALLOWED:
                wrong.append(f"{path.relative_to(ROOT)}:{line} imports {imported}")
    assert not wrong, "\n".join(wrong)


def tag_libraries(app):
    return {path.stem for path in (ROOT / app / "templatetags").glob("*.py")} - {"__init__"}


LOAD = re.compile(r"{%\s*load\s+([^%]*?)\s*%}")


@pytest.mark.parametrize("app", sorted(FORBIDDEN))
def test_templates_load_only_the_tags_of_the_layers_below(app):
    forbidden = {lib: other for other in FORBIDDEN[app] for lib in tag_libraries(other)}
    wrong = []
    for path in sorted((ROOT / app / "templates").rglob("*.html")):
        for match in LOAD.finditer(path.read_text(encoding="utf-8")):
            for library in match.group(1).split():
                if library in forbidden:
                    wrong.append(f"{path.relative_to(ROOT)} loads {forbidden[library]}'s {library}")
    assert not wrong, "\n".join(wrong)


def test_the_rules_cover_every_app():
    """A new app gets a place in the layers before it gets code."""
    ours = {
        path.parent.name
        for path in ROOT.glob("*/apps.py")
        if path.parent.name not in {"config", "tests", "bench"}
    }
    assert ours == set(FORBIDDEN)


INCLUDE = re.compile(r"""{%\s*(?:include|extends)\s+["']([^/"']+)/""")


@pytest.mark.parametrize("app", sorted(FORBIDDEN))
def test_templates_include_no_template_of_the_layers_above(app):
    """Programmes' "Add to programme" reaches the model page through a context variable
    (programmes.context_processors.model_actions), never by the catalogue naming it."""
    wrong = [
        f"{path.relative_to(ROOT)} includes {match.group(1)}/…"
        for path in sorted((ROOT / app / "templates").rglob("*.html"))
        for match in INCLUDE.finditer(path.read_text(encoding="utf-8"))
        if match.group(1) in FORBIDDEN[app]
    ]
    assert not wrong, "\n".join(wrong)
