"""The English messages the layers below the UI can put before a window user, read from their
source: every call that builds one of our errors or notices, each f-string turned into a template
whose placeholders are numbered {0}, {1}… in order. A translation test checks the UI catalogue
(ossshare/ui/error_messages.py) against this list."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

from ossshare.core import OssShareError

PACKAGES = ("ossshare.core", "ossshare.oss", "ossshare.services")
# Built like errors but not errors: (class name, index of the title, indexes of messages).
NOTICES = {
    "SettingsNotice": (1,),
    "LedgerNotice": (1,),
    "_Unusable": (0,),
    "KeyringStatus": (3,),
    "Skipped": (1,),  # an import's skipped entry: its reason
    "LinkCheck": (4,),
    "result": (1,),  # link_check's verdicts
}
# Pieces put into those messages: what these names are set to, and what these functions return.
PIECE_NAMES = {"rule", "reason", "what", "said", "text", "direction"}
PIECE_FUNCTIONS = {"_compose", "left_over", "_connection_reason"}
PIECE_TABLES = {"_OS_STORES"}  # module dicts whose values go into messages (the keyring's name)
# Parameters of our errors that take the text a person reads.
MESSAGE_PARAMETERS = ("message", "reason", "rule")


def modules() -> list[ModuleType]:
    found = []
    for name in PACKAGES:
        package = importlib.import_module(name)
        found.append(package)
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            found.append(importlib.import_module(info.name))
    return found


def error_classes() -> dict[str, type]:
    modules()

    def subclasses(cls: type) -> list[type]:
        return [cls, *(s for sub in cls.__subclasses__() for s in subclasses(sub))]

    return {cls.__name__: cls for cls in subclasses(OssShareError)}


def templates(node: ast.expr, module: ModuleType, pieces: set[str] | None = None) -> Iterator[str]:
    """The template(s) an expression can give: both sides of a conditional, constants resolved.
    A module's sentence put in by name (f"{reason} {_NEVER_FILE}") stays a placeholder there and
    goes to `pieces`, a message of its own."""
    if isinstance(node, ast.IfExp):
        yield from templates(node.body, module, pieces)
        yield from templates(node.orelse, module, pieces)
        return
    parts: list[str] = []
    _flatten(node, module, parts)
    if pieces is not None:
        for inner in ast.walk(node):
            if isinstance(inner, ast.FormattedValue) and isinstance(inner.value, ast.Name):
                value = getattr(module, inner.value.id, None)
                if isinstance(value, str) and _constant(inner.value.id) and " " in value:  # words, not a name
                    pieces.add(value)
    count = 0
    out = []
    for part in parts:
        if part is _HOLE:
            out.append(f"{{{count}}}")
            count += 1
        else:
            out.append(part.replace("{", "{{").replace("}", "}}"))
    yield "".join(out)


_HOLE = "\0"


def _flatten(node: ast.expr, module: ModuleType, parts: list[str]) -> None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        parts.append(node.value)
    elif isinstance(node, ast.JoinedStr):
        for value in node.values:
            _flatten(value, module, parts)
    elif isinstance(node, ast.FormattedValue):
        parts.append(_HOLE)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        _flatten(node.left, module, parts)
        _flatten(node.right, module, parts)
    elif isinstance(node, ast.Name) and isinstance(getattr(module, node.id, None), str) and _constant(node.id):
        parts.append(getattr(module, node.id))
    else:
        parts.append(_HOLE)


def _constant(name: str) -> bool:
    """A module's constant by the house's naming (TOO_FAR, _NEVER_FILE), not a local variable."""
    return name.lstrip("_").isupper()


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _message_index(cls: type) -> int | None:
    """Which positional argument of the class holds the message."""
    names = [p for p in inspect.signature(cls.__init__).parameters if p != "self"]
    for name in MESSAGE_PARAMETERS:
        if name in names:
            return names.index(name)
    return None


def _passed_up(node: ast.ClassDef, cls: type, module: ModuleType, pieces: set[str]) -> Iterator[str]:
    """The messages a class gives its base in `super().__init__(...)`."""
    index = _message_index(cls.__mro__[1])
    for inner in ast.walk(node):
        if (
            isinstance(inner, ast.Call)
            and isinstance(inner.func, ast.Attribute)
            and inner.func.attr == "__init__"
            and isinstance(inner.func.value, ast.Call)
            and _name(inner.func.value.func) == "super"
            and index is not None
            and len(inner.args) > index
        ):
            yield from templates(inner.args[index], module, pieces)


def _wording(template: str) -> bool:
    """A template with words of its own (not only placeholders and punctuation)."""
    return re.search(r"[A-Za-z]", re.sub(r"\{\d+\}", "", template)) is not None


def _arguments(node: ast.expr, module: ModuleType, pieces: set[str] | None = None) -> set[str]:
    return set(templates(node, module, pieces))


class _Reader:
    """Walks the lower layers' modules and gathers what they can tell a person."""

    def __init__(self) -> None:
        self.classes = error_classes()
        self.trees = [(m, ast.parse(Path(inspect.getfile(m)).read_text(encoding="utf-8"))) for m in modules()]
        # Functions taking the field's name as an argument, by where it stands: check_aware(value, "expiration").
        self.field_at = {
            node.name: [a.arg for a in node.args.args].index("field")
            for _, tree in self.trees
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef)
            and node.name != "__init__"
            and "field" in [a.arg for a in node.args.args]
        }
        self.found: set[str] = set()
        self.fields: set[str] = set()

    def read(self) -> None:
        for module, _ in self.trees:
            for name in PIECE_TABLES & set(vars(module)):
                self.found |= {str(value) for value in getattr(module, name).values()}
        for module, tree in self.trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id in PIECE_NAMES for t in node.targets
                ):
                    self.found |= _arguments(node.value, module, self.found)
                elif isinstance(node, ast.ClassDef) and node.name in self.classes:
                    self.found.update(_passed_up(node, self.classes[node.name], module, self.found))
                elif isinstance(node, ast.FunctionDef):
                    self.function(node, module)
                elif isinstance(node, ast.Call):
                    self.call(node, module)

    def function(self, node: ast.FunctionDef, module: ModuleType) -> None:
        if node.name in PIECE_FUNCTIONS:
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return) and inner.value is not None:
                    self.found |= _arguments(inner.value, module, self.found)
        defaults = [*zip(reversed(node.args.args), reversed(node.args.defaults), strict=False)]
        defaults += zip(node.args.kwonlyargs, node.args.kw_defaults, strict=True)
        for arg, default in defaults:
            if arg.arg == "field" and isinstance(default, ast.Constant) and isinstance(default.value, str):
                self.fields.add(default.value)

    def call(self, node: ast.Call, module: ModuleType) -> None:
        for keyword in node.keywords:
            if keyword.arg == "field":
                self.fields |= _arguments(keyword.value, module)
            if keyword.arg == "message":
                self.found |= _arguments(keyword.value, module, self.found)
        name = _name(node.func)
        if name in self.field_at and len(node.args) > self.field_at[name]:
            self.fields |= _arguments(node.args[self.field_at[name]], module)
        cls = self.classes.get(name)
        if cls is not None and issubclass(cls, ValueError) and len(node.args) == 2:  # ValidationError(field, rule)
            self.fields |= _arguments(node.args[0], module)
            self.found |= _arguments(node.args[1], module, self.found)
            return
        index = _message_index(cls) if cls is not None else None
        indexes = (index,) if index is not None else NOTICES.get(name, ())
        for at in indexes:
            if len(node.args) > at:
                self.found |= _arguments(node.args[at], module, self.found)


def messages() -> tuple[set[str], set[str]]:
    """(messages, fields): every message template and every ValidationError field template."""
    reader = _Reader()
    reader.read()
    return {t for t in reader.found if _wording(t)}, {t for t in reader.fields if _wording(t)}
