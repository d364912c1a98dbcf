"""What the logged-in user may change, in one place (issue 14: "a role that may not do something does not see
the button, and the database refuses it anyway").

``WRITE``: any change (every role but läsbehörig); ``RULES``: the rule tables and organisation settings (the
regional head alone, as the database's grants say: storage.roles.RULE_TABLES). A button, action or menu that
changes something is marked once where it is made, ``needs(WRITE, button)``, and ``apply(root, context)`` hides
every marked one below ``root`` that the login may not use. ``guard(dialog, context)`` applies them whenever the
dialog is shown and whenever the database (and so the login) changes: the FormDialog and RecordWindow bases
guard themselves (a lazily built tab is applied when built), other dialogs call it once; the main window applies
them to every page it builds and to its menus and built pages when the login changes. A button whose visibility
also follows the record's state is shown with ``set_visible``. A single-user file allows everything.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from shiboken6 import isValid

WRITE = "write"
RULES = "rules"
_NEEDS = "stic_needs"
_HIDDEN = "stic_hidden_by_rights"  # set while the rights hide an item: "shown" or "hidden", what it was before
# Every marked item (the deleted ones are dropped as ``apply`` meets them, and when the list has doubled).
# ``apply`` looks for its root among the marked items' parents instead of asking Qt for every object below the
# root, which made a Python wrapper for each of a page's thousands of objects (labels, layouts, scroll bars,
# viewports) and kept them all.
_marked: dict[int, QObject] = {}
_sweep_at = 1024
# Whether the rights have hidden anything in this program yet. Until they have, a login that may do everything
# has nothing to show again, and ``apply`` has nothing to do (on the GUI thread at start-up, and for every page
# and window shown).
_hid_any = False


def allows(context, need: str = WRITE) -> bool:
    """True when the context's login may do what ``need`` names."""
    if not getattr(context, "can_write", True):
        return False
    return need != RULES or getattr(context, "can_edit_rules", True)


def needs(need: str, *items: QObject) -> None:
    """Marks widgets, actions or menus that change something (``WRITE``) or the rule tables (``RULES``)."""
    global _sweep_at
    for item in items:
        item.setProperty(_NEEDS, need)
        _marked[id(item)] = item
    if len(_marked) >= _sweep_at:  # a single-user file never calls apply's loop: windows' buttons end here
        _forget_deleted()
        _sweep_at = max(1024, 2 * len(_marked))


def _forget_deleted() -> None:
    for key, item in list(_marked.items()):
        if not isValid(item):
            del _marked[key]


def hidden(item: QObject) -> bool:
    """True when ``apply`` hid ``item`` (a row menu leaves it out even while its window is not shown)."""
    return bool(item.property(_HIDDEN))


def set_visible(item: QObject, visible: bool, context) -> None:
    """Shows or hides a marked item by the record's state, never showing it to a login that may not use it."""
    global _hid_any
    need = item.property(_NEEDS)
    allowed = not need or allows(context, need)
    _hid_any = _hid_any or not allowed
    item.setProperty(_HIDDEN, None if allowed else "shown" if visible else "hidden")
    item.setVisible(visible and allowed)


def apply(root: QObject, context) -> None:
    """Hides the marked widgets and actions below (and including) ``root`` that the login may not use, and shows
    again those hidden here before (a login with more rights) that were shown then."""
    global _hid_any
    if not _hid_any and allows(context, WRITE) and allows(context, RULES):
        return
    for key, item in list(_marked.items()):
        if not isValid(item):
            del _marked[key]
            continue
        if not _within(item, root):
            continue
        need = item.property(_NEEDS)
        if not need or not hasattr(item, "setVisible"):
            continue
        if not allows(context, need):
            if item.property(_HIDDEN) is None:
                _hid_any = True
                shown = not item.isHidden() if hasattr(item, "isHidden") else item.isVisible()
                item.setProperty(_HIDDEN, "shown" if shown else "hidden")
                item.setVisible(False)
        elif item.property(_HIDDEN):
            was = item.property(_HIDDEN)
            item.setProperty(_HIDDEN, None)
            item.setVisible(was == "shown")  # as the record's state had it


def _within(item: QObject, root: QObject) -> bool:
    """``item`` is ``root`` or below it (what ``root.findChildren`` would find)."""
    while item is not None:
        if item is root:
            return True
        item = item.parent()
    return False


class _Guard(QObject):
    """Applies the rights to its parent widget when it is shown and when the database changes."""

    def __init__(self, widget: QObject, context) -> None:
        self.context = context
        super().__init__(widget)
        widget.installEventFilter(self)
        changed = getattr(context, "database_changed", None)
        if changed is not None:
            changed.connect(self.apply)

    def apply(self) -> None:
        apply(self.parent(), self.context)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # (the attributes are gone while the widget is destroyed: nothing is shown then)
        if event.type() == QEvent.Type.Show and watched is self.parent() and hasattr(self, "context"):
            apply(watched, self.context)
        return False


def guard(widget: QObject, context) -> None:
    """Keeps ``widget``'s marked buttons and actions to what the login may use (once per widget)."""
    if context is not None and not any(isinstance(child, _Guard) for child in widget.children()):
        _Guard(widget, context)
