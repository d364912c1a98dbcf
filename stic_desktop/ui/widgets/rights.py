"""What the logged-in user may change, in one place (issue 14: "a role that may not do something does not see
the button, and the database refuses it anyway").

``WRITE``: any change (every role but läsbehörig); ``RULES``: the rule tables and organisation settings (the
regional head alone, as the database's grants say). A button or action that changes something is marked once
with ``needs(RULES, button)`` (``WRITE`` is the default of a FormDialog's Spara) and ``apply(root, context)``
hides every marked one below ``root`` that the login may not use. A single-user file allows everything.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

WRITE = "write"
RULES = "rules"
_NEEDS = "stic_needs"
_HIDDEN = "stic_hidden_by_rights"


def allows(context, need: str = WRITE) -> bool:
    """True when the context's login may do what ``need`` names."""
    if not getattr(context, "can_write", True):
        return False
    return need != RULES or getattr(context, "can_edit_rules", True)


def needs(need: str, *items: QObject) -> None:
    """Marks widgets or actions that change something (``WRITE``) or the rule tables (``RULES``)."""
    for item in items:
        item.setProperty(_NEEDS, need)


def apply(root: QObject, context) -> None:
    """Hides the marked widgets and actions below (and including) ``root`` that the login may not use, and shows
    again those hidden here before (a login with more rights)."""
    for item in (root, *root.findChildren(QObject)):
        need = item.property(_NEEDS)
        if not need or not hasattr(item, "setVisible"):
            continue
        if not allows(context, need):
            if item.property(_HIDDEN) is None:
                item.setProperty(_HIDDEN, True)
                item.setVisible(False)
        elif item.property(_HIDDEN):
            item.setProperty(_HIDDEN, None)
            item.setVisible(True)
