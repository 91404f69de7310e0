"""The keymap: defaults without clashes, user overrides merged on top, clashes reported."""
import json

import pytest

from app.keymap import ACTIONS, DEFAULT_PATH, default_keys, find_conflicts, load_keymap, merge, normalize


def test_no_two_actions_share_a_key_in_the_default_map():
    keys = default_keys()
    assert find_conflicts(keys) == []
    seen = {}
    for aid, ks in keys.items():
        for k in ks:
            assert normalize(k) not in seen, (k, aid, seen.get(normalize(k)))
            seen[normalize(k)] = aid


def test_every_action_has_a_key_and_the_file_names_no_unknown_action():
    data = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))["keys"]
    assert set(data) == {a.id for a in ACTIONS}
    assert all(data[a.id] for a in ACTIONS)


def test_the_issue_key_table_is_the_default():
    keys = default_keys()
    table = {
        "goto": ["Ctrl+G"], "article.prev": ["["], "article.next": ["]"], "review.next": ["N"],
        "review.prev": ["Shift+N"], "article.start": ["A"], "article.merge_prev": ["Shift+A"],
        "article.move": ["M"], "confirm": ["Space"], "edit.line": ["F2"], "undo": ["Ctrl+Z"],
        "redo": ["Ctrl+Shift+Z", "Ctrl+Y"], "file.open": ["Ctrl+O"], "file.save": ["Ctrl+S"],
        "file.save_as": ["Ctrl+Shift+S"], "file.export": ["Ctrl+E"], "find": ["Ctrl+F"],
        "file.quit": ["Ctrl+Q"], "help.keys": ["F1", "?"], "view.blank_lines": ["Ctrl+B"],
    }
    for aid, want in table.items():
        assert keys[aid] == want, aid
    letters = dict(zip("HSKBTPCX", ("headline", "subtitle", "kicker", "byline", "subheading",
                                     "paragraph", "caption", "noise")))
    for i, (letter, label) in enumerate(letters.items(), 1):
        assert keys[f"label.{label}"] == [letter, str(i)]
    assert "Return" in keys["para.toggle"]


def test_normalize_ignores_case_modifier_order_and_aliases():
    assert normalize("shift+ctrl+z") == normalize("Ctrl+Shift+Z")
    assert normalize("PgDown") == normalize("PageDown")
    assert normalize("Ctrl++") == "ctrl++"
    with pytest.raises(ValueError):
        normalize("Hyper+X")


def test_a_user_override_replaces_the_keys_of_its_action():
    km = merge(default_keys(), {"label.headline": ["J"], "find": "Ctrl+Shift+F"})
    assert km.keys["label.headline"] == ["J"]
    assert km.keys["find"] == ["Ctrl+Shift+F"]
    assert km.keys["label.subtitle"] == ["S", "2"]
    assert km.conflicts == [] and km.problems == []
    assert km.action_for("j") == "label.headline"
    assert km.action_for("H") is None


def test_a_conflicting_override_is_reported_and_the_person_wins():
    km = merge(default_keys(), {"label.headline": ["S"]})
    assert ("S", ["label.headline", "label.subtitle"]) in km.conflicts
    assert km.keys["label.headline"] == ["S"]
    assert km.keys["label.subtitle"] == ["2"]
    assert find_conflicts(km.keys) == []


def test_two_overrides_claiming_one_key_are_reported_the_first_keeps_it():
    km = merge(default_keys(), {"label.headline": ["J"], "label.kicker": ["j"]})
    assert [ids for _, ids in km.conflicts] == [["label.headline", "label.kicker"]]
    assert km.keys["label.headline"] == ["J"] and km.keys["label.kicker"] == []


def test_movement_keys_are_fixed():
    km = merge(default_keys(), {"move.down": ["J"], "label.headline": ["Down"]})
    assert km.keys["move.down"] == ["Down"]
    assert km.keys["label.headline"] == []
    assert any("move.down" in p for p in km.problems)
    assert any(ids == ["label.headline", "move.down"] for _, ids in km.conflicts)


def test_unknown_actions_and_bad_keys_are_problems_not_crashes():
    km = merge(default_keys(), {"no.such": ["Q"], "label.noise": ["Hyper+X", "Z"], "confirm": 3})
    assert km.keys["label.noise"] == ["Z"]
    assert km.keys["confirm"] == ["Space"]
    assert len(km.problems) == 3


def test_a_keymap_files_problems_and_clashes_in_full():
    """Problems in the order of the file's actions; each clash resolved as merge says."""
    km = merge(default_keys(), {"no.such": ["Q"], "move.down": ["J"], "label.noise": ["Hyper+X", "Z"],
                                "confirm": 3, "label.kicker": "j", "label.headline": ["J", "Up", "S"]})
    assert km.problems == ["unknown action 'no.such' in the keymap file",
                           "'move.down' is a fixed movement key and cannot be changed",
                           "unknown modifier 'hyper' in key 'Hyper+X'",
                           "keys of 'confirm' must be a list of strings"]
    assert km.conflicts == [("Up", ["label.headline", "move.up"]), ("J", ["label.headline", "label.kicker"]),
                            ("S", ["label.headline", "label.subtitle"])]
    assert (km.keys["label.kicker"], km.keys["label.headline"], km.keys["label.subtitle"]) == (["j"], ["S"], ["2"])
    assert (km.keys["move.up"], km.keys["label.noise"], km.keys["confirm"]) == (["Up"], ["Z"], ["Space"])


def test_load_keymap_reads_the_user_file(tmp_path, monkeypatch):
    user = tmp_path / "keymap.json"
    user.write_text(json.dumps({"format": "zhengwen-keymap", "keys": {"goto": ["Ctrl+L"]}}), encoding="utf-8")
    assert load_keymap(user_path=user).keys["goto"] == ["Ctrl+L"]
    monkeypatch.setenv("ZHENGWEN_KEYMAP", str(user))
    assert load_keymap().keys["goto"] == ["Ctrl+L"]
    user.write_text("{not json", encoding="utf-8")
    km = load_keymap(user_path=user)
    assert km.keys["goto"] == ["Ctrl+G"] and km.problems
    monkeypatch.setenv("ZHENGWEN_KEYMAP", str(tmp_path / "missing.json"))
    assert load_keymap().keys == default_keys()
