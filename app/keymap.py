"""Action ids, their default keys and the merge of a person's overrides (pure data, no Qt).

The defaults live in ``resources/keymap.json``; a user file (``$ZHENGWEN_KEYMAP`` or
``~/.config/zhengwen/keymap.json``) with the same shape, or a plain ``{"action": ["Key"]}``
object, replaces the keys of the actions it names. Keys are written as Qt's portable key
sequence text ("Ctrl+Shift+Z", "Shift+N", "[", "Space"); they are compared after
normalising case, modifier order and aliases, so "shift+n" and "Shift+N" are one key.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from . import messages as msg
from .messages import say


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 - the name pyside6-lupdate looks for
    return text


DEFAULT_PATH = files("resources") / "keymap.json"

# Where an action's keys work: "pane" keys act only while the raw lines pane has focus (so
# typing in editors and pickers is never hijacked); "window" keys anywhere in the window;
# "view" keys are the list's own movement keys; "editor" keys inside the line editor.
PANE, WINDOW, VIEW, EDITOR = "pane", "window", "view", "editor"


@dataclass(frozen=True)
class ActionInfo:
    id: str
    text: str      # menu text, English source string for translation (context "keymap")
    scope: str
    group: str     # heading in the cheat sheet (context "keymap")


ACTIONS: tuple[ActionInfo, ...] = (
    ActionInfo("move.up", QT_TRANSLATE_NOOP("keymap", "Previous line"), VIEW, QT_TRANSLATE_NOOP("keymap", "Move")),
    ActionInfo("move.down", QT_TRANSLATE_NOOP("keymap", "Next line"), VIEW, QT_TRANSLATE_NOOP("keymap", "Move")),
    ActionInfo("move.page_up", QT_TRANSLATE_NOOP("keymap", "Page up"), VIEW, QT_TRANSLATE_NOOP("keymap", "Move")),
    ActionInfo("move.page_down", QT_TRANSLATE_NOOP("keymap", "Page down"), VIEW, QT_TRANSLATE_NOOP("keymap", "Move")),
    ActionInfo("move.home", QT_TRANSLATE_NOOP("keymap", "First line"), VIEW, QT_TRANSLATE_NOOP("keymap", "Move")),
    ActionInfo("move.end", QT_TRANSLATE_NOOP("keymap", "Last line"), VIEW, QT_TRANSLATE_NOOP("keymap", "Move")),
    ActionInfo("select.up", QT_TRANSLATE_NOOP("keymap", "Extend selection up"), VIEW, QT_TRANSLATE_NOOP("keymap", "Move")),
    ActionInfo("select.down", QT_TRANSLATE_NOOP("keymap", "Extend selection down"), VIEW, QT_TRANSLATE_NOOP("keymap", "Move")),
    ActionInfo("select.page_up", QT_TRANSLATE_NOOP("keymap", "Extend selection a page up"), VIEW, QT_TRANSLATE_NOOP("keymap", "Move")),
    ActionInfo("select.page_down", QT_TRANSLATE_NOOP("keymap", "Extend selection a page down"), VIEW, QT_TRANSLATE_NOOP("keymap", "Move")),
    ActionInfo("select.home", QT_TRANSLATE_NOOP("keymap", "Extend selection to the first line"), VIEW, QT_TRANSLATE_NOOP("keymap", "Move")),
    ActionInfo("select.end", QT_TRANSLATE_NOOP("keymap", "Extend selection to the last line"), VIEW, QT_TRANSLATE_NOOP("keymap", "Move")),
    ActionInfo("goto", QT_TRANSLATE_NOOP("keymap", "Go to line…"), WINDOW, QT_TRANSLATE_NOOP("keymap", "Move")),
    ActionInfo("article.prev", QT_TRANSLATE_NOOP("keymap", "Previous article"), PANE, QT_TRANSLATE_NOOP("keymap", "Move")),
    ActionInfo("article.next", QT_TRANSLATE_NOOP("keymap", "Next article"), PANE, QT_TRANSLATE_NOOP("keymap", "Move")),
    ActionInfo("review.next", QT_TRANSLATE_NOOP("keymap", "Next line to review"), PANE, QT_TRANSLATE_NOOP("keymap", "Move")),
    ActionInfo("review.prev", QT_TRANSLATE_NOOP("keymap", "Previous line to review"), PANE, QT_TRANSLATE_NOOP("keymap", "Move")),
    ActionInfo("label.headline", QT_TRANSLATE_NOOP("keymap", "Headline"), PANE, QT_TRANSLATE_NOOP("keymap", "Label")),
    ActionInfo("label.subtitle", QT_TRANSLATE_NOOP("keymap", "Subtitle"), PANE, QT_TRANSLATE_NOOP("keymap", "Label")),
    ActionInfo("label.kicker", QT_TRANSLATE_NOOP("keymap", "Kicker"), PANE, QT_TRANSLATE_NOOP("keymap", "Label")),
    ActionInfo("label.byline", QT_TRANSLATE_NOOP("keymap", "Byline"), PANE, QT_TRANSLATE_NOOP("keymap", "Label")),
    ActionInfo("label.subheading", QT_TRANSLATE_NOOP("keymap", "Subheading"), PANE, QT_TRANSLATE_NOOP("keymap", "Label")),
    ActionInfo("label.paragraph", QT_TRANSLATE_NOOP("keymap", "Paragraph"), PANE, QT_TRANSLATE_NOOP("keymap", "Label")),
    ActionInfo("label.caption", QT_TRANSLATE_NOOP("keymap", "Caption"), PANE, QT_TRANSLATE_NOOP("keymap", "Label")),
    ActionInfo("label.noise", QT_TRANSLATE_NOOP("keymap", "Noise"), PANE, QT_TRANSLATE_NOOP("keymap", "Label")),
    ActionInfo("confirm", QT_TRANSLATE_NOOP("keymap", "Confirm and go to the next unconfirmed line"), PANE, QT_TRANSLATE_NOOP("keymap", "Label")),
    ActionInfo("article.confirm", QT_TRANSLATE_NOOP("keymap", "Confirm the article and go to the next one to review"), PANE, QT_TRANSLATE_NOOP("keymap", "Article")),
    ActionInfo("article.start", QT_TRANSLATE_NOOP("keymap", "Article starts here"), PANE, QT_TRANSLATE_NOOP("keymap", "Article")),
    ActionInfo("article.merge_prev", QT_TRANSLATE_NOOP("keymap", "Merge into previous article"), PANE, QT_TRANSLATE_NOOP("keymap", "Article")),
    ActionInfo("article.move", QT_TRANSLATE_NOOP("keymap", "Move lines to article…"), PANE, QT_TRANSLATE_NOOP("keymap", "Article")),
    ActionInfo("article.link", QT_TRANSLATE_NOOP("keymap", "Article goes on on another page…"), PANE, QT_TRANSLATE_NOOP("keymap", "Article")),
    ActionInfo("article.unlink", QT_TRANSLATE_NOOP("keymap", "Article goes on on no other page"), PANE, QT_TRANSLATE_NOOP("keymap", "Article")),
    ActionInfo("para.toggle", QT_TRANSLATE_NOOP("keymap", "Toggle paragraph end"), PANE, QT_TRANSLATE_NOOP("keymap", "Text")),
    ActionInfo("para.goes_on", QT_TRANSLATE_NOOP("keymap", "Paragraph goes on at another line (press on both lines)"), PANE, QT_TRANSLATE_NOOP("keymap", "Text")),
    ActionInfo("para.goes_on_clear", QT_TRANSLATE_NOOP("keymap", "Paragraph goes on at no other line (it ends there)"), PANE, QT_TRANSLATE_NOOP("keymap", "Text")),
    ActionInfo("edit.line", QT_TRANSLATE_NOOP("keymap", "Edit line"), PANE, QT_TRANSLATE_NOOP("keymap", "Text")),
    ActionInfo("edit.split", QT_TRANSLATE_NOOP("keymap", "Split line at cursor (while editing)"), EDITOR, QT_TRANSLATE_NOOP("keymap", "Text")),
    ActionInfo("undo", QT_TRANSLATE_NOOP("keymap", "Undo"), WINDOW, QT_TRANSLATE_NOOP("keymap", "Edit")),
    ActionInfo("redo", QT_TRANSLATE_NOOP("keymap", "Redo"), WINDOW, QT_TRANSLATE_NOOP("keymap", "Edit")),
    ActionInfo("find", QT_TRANSLATE_NOOP("keymap", "Find…"), WINDOW, QT_TRANSLATE_NOOP("keymap", "Edit")),
    ActionInfo("find.next", QT_TRANSLATE_NOOP("keymap", "Find next"), WINDOW, QT_TRANSLATE_NOOP("keymap", "Edit")),
    ActionInfo("file.open", QT_TRANSLATE_NOOP("keymap", "Open…"), WINDOW, QT_TRANSLATE_NOOP("keymap", "File")),
    ActionInfo("file.open_folder", QT_TRANSLATE_NOOP("keymap", "Open folder…"), WINDOW, QT_TRANSLATE_NOOP("keymap", "File")),
    ActionInfo("page.next", QT_TRANSLATE_NOOP("keymap", "Next page"), WINDOW, QT_TRANSLATE_NOOP("keymap", "Pages")),
    ActionInfo("page.prev", QT_TRANSLATE_NOOP("keymap", "Previous page"), WINDOW, QT_TRANSLATE_NOOP("keymap", "Pages")),
    ActionInfo("page.done", QT_TRANSLATE_NOOP("keymap", "Page done, next page not done"), WINDOW, QT_TRANSLATE_NOOP("keymap", "Pages")),
    ActionInfo("page.number", QT_TRANSLATE_NOOP("keymap", "Page number…"), WINDOW, QT_TRANSLATE_NOOP("keymap", "Pages")),
    ActionInfo("file.save", QT_TRANSLATE_NOOP("keymap", "Save session"), WINDOW, QT_TRANSLATE_NOOP("keymap", "File")),
    ActionInfo("file.save_as", QT_TRANSLATE_NOOP("keymap", "Save session as…"), WINDOW, QT_TRANSLATE_NOOP("keymap", "File")),
    ActionInfo("file.export", QT_TRANSLATE_NOOP("keymap", "Export…"), WINDOW, QT_TRANSLATE_NOOP("keymap", "File")),
    ActionInfo("file.quit", QT_TRANSLATE_NOOP("keymap", "Quit"), WINDOW, QT_TRANSLATE_NOOP("keymap", "File")),
    ActionInfo("view.blank_lines", QT_TRANSLATE_NOOP("keymap", "Show blank lines"), WINDOW, QT_TRANSLATE_NOOP("keymap", "View")),
    ActionInfo("view.keep_half_width", QT_TRANSLATE_NOOP("keymap", "Keep half-width punctuation in the clean text"), WINDOW, QT_TRANSLATE_NOOP("keymap", "View")),
    ActionInfo("help.keys", QT_TRANSLATE_NOOP("keymap", "Keys"), WINDOW, QT_TRANSLATE_NOOP("keymap", "Help")),
)
INFO = {a.id: a for a in ACTIONS}
# The list's own movement keys are fixed: an override that names them is reported, not applied.
FIXED_SCOPES = {VIEW}

_MODS = ("ctrl", "alt", "shift", "meta")
_ALIASES = {"pgup": "pageup", "pgdown": "pagedown", "pagedn": "pagedown", "esc": "escape",
            "return": "return", "enter": "enter", "del": "delete", "ins": "insert",
            "control": "ctrl", "cmd": "meta", "option": "alt", " ": "space"}


def normalize(key: str) -> str:
    """One spelling per key, for comparing.

    >>> normalize("shift+ctrl+z") == normalize("Ctrl+Shift+Z")
    True
    >>> normalize("PgUp"), normalize("+"), normalize("Ctrl++")
    ('pageup', '+', 'ctrl++')
    """
    key = key.strip()
    if key in ("+", ""):
        return key
    parts = key.split("+")
    if key.endswith("++"):          # "Ctrl++": the last key is the plus sign
        parts = parts[:-2] + ["+"]
    *mods, last = parts
    mods = {_ALIASES.get(m.strip().lower(), m.strip().lower()) for m in mods}
    unknown = mods - set(_MODS)
    if unknown:
        raise ValueError(str(say(msg.KEY_UNKNOWN_MODIFIER, repr("+".join(sorted(unknown))), repr(key))))
    last = last.strip().lower()
    last = _ALIASES.get(last, last)
    return "+".join([m for m in _MODS if m in mods] + [last])


@dataclass
class Keymap:
    keys: dict[str, list[str]]                                # action id -> key texts
    conflicts: list[tuple[str, list[str]]] = field(default_factory=list)   # (key, action ids)
    problems: list[str] = field(default_factory=list)         # plain messages about the user file

    def action_for(self, key: str) -> str | None:
        k = normalize(key)
        for aid, ks in self.keys.items():
            if any(normalize(x) == k for x in ks):
                return aid
        return None


def find_conflicts(keys: dict[str, list[str]]) -> list[tuple[str, list[str]]]:
    """Keys bound to more than one action, as (key, sorted action ids)."""
    owners: dict[str, list[str]] = {}
    spelled: dict[str, str] = {}
    for aid, ks in keys.items():
        for k in ks:
            n = normalize(k)
            spelled.setdefault(n, k)
            if aid not in owners.setdefault(n, []):
                owners[n].append(aid)
    return [(spelled[n], sorted(ids)) for n, ids in owners.items() if len(ids) > 1]


def _read_keys(path) -> dict:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, dict):
        raise ValueError(str(say(msg.KEY_FILE_NOT_OBJECT)))
    keys = data.get("keys", data) if data.get("format") == "zhengwen-keymap" or "keys" in data else data
    if not isinstance(keys, dict):
        raise ValueError(str(say(msg.KEY_FILE_NO_KEYS)))
    return keys


def merge(defaults: dict[str, list[str]], overrides: dict) -> Keymap:
    """Defaults with a person's overrides on top.

    An override replaces all keys of its action. When a key ends up on two actions the
    clash is reported in ``conflicts`` and resolved so that every key has one owner: a
    fixed movement key stays with the list, otherwise the overriding action keeps it (the
    earlier override when two claim it) and the other action loses it.
    """
    keys = {aid: list(ks) for aid, ks in defaults.items()}
    problems, rank = [], {}
    for aid, ks in overrides.items():
        good = _override(aid, ks, keys, problems)
        if good is not None:
            keys[aid] = good
            rank[aid] = len(rank)
    conflicts = find_conflicts(keys)
    for spelled, ids in conflicts:
        winner = _owner(ids, rank)
        if winner is None:
            continue  # a clash among the defaults themselves: reported, left for the test to catch
        n = normalize(spelled)
        for a in ids:
            if a != winner:
                keys[a] = [k for k in keys[a] if normalize(k) != n]
    return Keymap(keys, conflicts, problems)


def _fixed(aid) -> bool:
    return aid in INFO and INFO[aid].scope in FIXED_SCOPES


def _override(aid, ks, keys, problems) -> list[str] | None:
    """The keys an override gives its action, those that are keys; None when the override
    is refused as a whole. What is wrong goes to ``problems``."""
    if aid not in keys:
        problems.append(str(say(msg.KEY_UNKNOWN_ACTION, repr(aid))))
        return None
    if _fixed(aid):
        problems.append(str(say(msg.KEY_FIXED, repr(aid))))
        return None
    if isinstance(ks, str):
        ks = [ks]
    if not isinstance(ks, list) or not all(isinstance(k, str) for k in ks):
        problems.append(str(say(msg.KEY_NOT_LIST, repr(aid))))
        return None
    good = []
    for k in ks:
        try:
            normalize(k)
            good.append(k)
        except ValueError as e:
            problems.append(str(e))
    return good


def _owner(ids, rank):
    """Which of the actions ``ids`` sharing a key keeps it: a fixed one, else the earliest
    override (``rank``); None when none of them was overridden."""
    fixed = [a for a in ids if _fixed(a)]
    chosen = [a for a in ids if a in rank]
    if fixed:
        return fixed[0]
    if chosen:
        return min(chosen, key=rank.get)
    return None


def user_keymap_path() -> Path:
    env = os.environ.get("ZHENGWEN_KEYMAP")
    if env:
        return Path(env)
    return Path.home() / ".config" / "zhengwen" / "keymap.json"


def default_keys(path=DEFAULT_PATH) -> dict[str, list[str]]:
    keys = _read_keys(path)
    missing = [a.id for a in ACTIONS if a.id not in keys]
    if missing:
        raise ValueError(f"{path}: no keys for {', '.join(missing)}")
    return {aid: list(keys[aid]) for aid in (a.id for a in ACTIONS)}


def load_keymap(default_path=DEFAULT_PATH, user_path=None) -> Keymap:
    """The keymap in effect: defaults plus the user file when there is one. A user file
    that cannot be read is reported in ``problems`` and ignored."""
    defaults = default_keys(default_path)
    user_path = user_keymap_path() if user_path is None else Path(user_path)
    if not user_path.is_file():
        return Keymap(defaults, find_conflicts(defaults))
    try:
        overrides = _read_keys(user_path)
    except (OSError, ValueError) as e:
        km = Keymap(defaults, find_conflicts(defaults))
        km.problems.append(f"{user_path}: {e}")
        return km
    km = merge(defaults, overrides)
    km.problems = [f"{user_path}: {p}" for p in km.problems]
    return km
