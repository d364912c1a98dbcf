"""ui/widgets/record_window.RecordWindow.add_lazy_panel: a heavy tab is built when first shown (or looked up),
then takes part in the stale-tab refreshes like the others."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from stic_desktop.ui.widgets.record_window import RecordWindow


class Panel(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.reloads = 0

    def reload(self) -> None:
        self.reloads += 1


class Window(RecordWindow):
    size_key = "test_lazy_window/size"
    default_size = QSize(500, 400)

    def __init__(self, context) -> None:
        super().__init__(context)
        self.built: list[str] = []
        self.add_panel("first", Panel(), "Först")
        self.add_lazy_panel("heavy", lambda: self._build("heavy"), "Tung")
        self.add_lazy_panel("other", lambda: self._build("other"), "Annan")
        self.finish(QPushButton("Gör"))

    def _build(self, key: str) -> Panel:
        self.built.append(key)
        return Panel()

    def load_record(self) -> None:
        pass

    def show_header(self) -> None:
        self.title_label.setText("Posten")


def test_a_lazy_tab_is_built_on_its_first_visit_only(context, qtbot) -> None:
    window = Window(context)
    qtbot.addWidget(window)
    window.show()
    assert window.built == [] and set(window.panels) == {"first"}
    window.tabs.setCurrentIndex(1)
    assert window.built == ["heavy"]
    heavy = window.panels["heavy"]
    assert heavy.parent() is window.tabs.widget(1) and heavy.isVisible()
    window.tabs.setCurrentIndex(0)
    window.tabs.setCurrentIndex(1)
    assert window.built == ["heavy"]  # once

    window.tabs.setCurrentIndex(0)
    window.panels["first"].changed.emit()  # a change elsewhere: the built tab is read again when shown
    assert heavy in window._stale and heavy.reloads == 0
    assert window.built == ["heavy"]  # the unbuilt tab has nothing to refresh
    window.tabs.setCurrentIndex(1)
    assert heavy.reloads == 1 and heavy not in window._stale


def test_looking_a_lazy_panel_up_builds_it(context, qtbot) -> None:
    window = Window(context)
    qtbot.addWidget(window)
    other = window.panels["other"]
    assert window.built == ["other"] and isinstance(other, Panel)
    assert window.panels["other"] is other
    assert "missing" not in window.panels and window.panels.get("missing") is None
