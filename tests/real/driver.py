"""Real-window driver: run by real QGIS (``qgis --code driver.py``) under Xvfb, with the plugin installed from the
``make package`` zip into a fresh profile and a sandbox on a loopback port (``test_real_window.py`` sets it up).

It walks the workflow through the plugin's own widgets, as a user would: first start, the docks from the toolbar,
a new connection and the login in the Account dock, a layer upload, the elevation service and the grouped cloud
classification from the Services dock's process editor, monitoring and the styled outputs (VRT mosaic), a log, a
stopped run, the Processing provider, the logout. Every step saves a PNG of the screen under ``FP_REAL_SCREENS``
and records checks of what a user sees; the result is written as JSON to ``FP_REAL_RESULT`` and QGIS quits.

The workflow is one generator: it yields ``Wait`` (poll a condition on a timer, with a generous deadline) or
``Pause`` (let QGIS paint); the event loop never blocks. A timeout ends the walk: the checks not reached yet are
reported as "not recorded" by the test.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
import traceback
import warnings
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QLabel,
    QTabBar,
    QTextBrowser,
    QToolBar,
    QTreeView,
)
from qgis.utils import iface, plugins

PLUGIN = "fusion_platform_qgis"
RESULT = Path(os.environ["FP_REAL_RESULT"])
LATE = RESULT.with_name(RESULT.stem + ".late.jsonl")  # messages logged while QGIS quits
SCREENS = Path(os.environ["FP_REAL_SCREENS"])
URL = os.environ["FP_REAL_SANDBOX_URL"]
EMAIL = os.environ["FP_REAL_EMAIL"]
PASSWORD = os.environ["FP_REAL_PASSWORD"]
TIMEOUT = float(os.environ.get("FP_REAL_WAIT_SECONDS", "90"))  # per wait: a hang guard, never a timed assertion
CONNECTION = "Training sandbox"
T0 = time.monotonic()
DOCK_KEYS = ("account", "data", "services", "processes", "executions")
ELEVATION = "Elevation (Sandbox)"
CLOUD = "Demo: Sentinel-2 Cloud Classification"
ELEVATION_RUN = "Glasgow elevation"
CLOUD_RUN = "Lake District clouds"
SERIES_RUN = "Glasgow elevation, every second"
ISO_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
RAW_TIME = re.compile(r"\d\d:\d\d:\d\d\.\d{3,6}|[+-]00:00\b")
SINGULAR_PLURAL = re.compile(
    r"(?<![\d.,])1 (runs|previews|polygons|services|items|data items|layers|slices|features)\b"
)
# Checks recorded at several steps of the walk (each one test, named for what a user would see go wrong).
CANVAS_ON_SCREEN = "first_start_keeps_canvas_on_screen"
DOCK_TITLES = "dock_titles_short_and_distinct"
OUTPUTS_ONCE = "outputs_load_once"
STATUS_FOLLOWS_DATA = "status_follows_data"
NO_DEVELOPER_TEXT = "no_raw_or_developer_text"
NOTHING_TRUNCATED = "nothing_truncated"
NO_UNINVITED_WINDOWS = "no_uninvited_windows_and_readable_styles"
NO_RESOURCE_WARNING = "no_resource_warning"
# Developer words a user must never read (service documentation, run logs, dock texts).
DEVELOPER_WORDS = re.compile(r"\bpid\b|SANDBOX_[A-Z_]+|data folder|\bdem/|/vsicurl/|make sandbox")
# A number of 1,000 or more written without the locale's thousands separator ("10000 credits").
UNGROUPED_NUMBER = re.compile(r"(?<![\d.,])\d{4,}(?:[.,]\d+)? credits?\b")
# Docks as QGIS panels: the lists fit the dock's default width; message-bar texts fit one line.
LISTS_FIT = "lists_fit_dock_width"
NO_DEVELOPER_WORDS = "no_developer_words"
REOPEN = "reopened_project_keeps_runs"
STATUS_FOLLOWS_MESSAGES = "messages_in_order"
MESSAGE_BAR_ONE_LINE = "message_bar_one_line"
NUMBERS_IN_LOCALE = "numbers_in_locale"


class Wait:
    def __init__(self, predicate, what: str, timeout: float = TIMEOUT):
        self.predicate, self.what, self.timeout = predicate, what, timeout
        self.started = 0.0
        self.error = ""


class Pause:
    def __init__(self, ms: int = 600):
        self.ms = ms


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 = invisible, 21 = black on white)."""

    def luminance(colour: QColor) -> float:
        channels = []
        for value in (colour.redF(), colour.greenF(), colour.blueF()):
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def rect(r) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


class Driver:
    def __init__(self) -> None:
        self.checks: dict[str, dict] = {}
        self.messages: list[dict] = []
        self.steps: list[dict] = []
        self.step = "start"
        self.shot_index = 0
        self.finished = False
        self.main = iface.mainWindow()
        self.screen = QApplication.primaryScreen()
        self.available = self.screen.availableGeometry()
        self.size_label = f"{self.available.width()}x{self.available.height()}"
        self.plugin = plugins.get(PLUGIN)
        QgsApplication.messageLog().messageReceived.connect(self._on_message)
        self.bar_texts: list[str] = []  # every text the plugin pushed to the message bar, in order
        iface.messageBar().widgetAdded.connect(self._bar_item_added)
        self.browser_docks: list[str] = []
        self.reopened: bool | None = None  # what opening the saved project answered (reopen_steps)
        self.flow = self.workflow()

    # ------------------------------------------------------------------------------------------- recording
    def _on_message(self, message, tag, level) -> None:
        entry = {"step": self.step, "tag": tag, "level": int(level), "text": str(message)[:2000]}
        if self.finished:  # QGIS is quitting (the plugin unloads): the test reads these lines after the exit
            with LATE.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(entry) + "\n")
            return
        self.messages.append(entry)

    def _bar_item_added(self, _widget) -> None:
        """Each of the plugin's message-bar items is measured once laid out: its text must fit one line. (The
        signal hands over a plain QWidget: the item just pushed is the bar's current one. It may be gone when the
        timer fires, so it is found again by address among the bar's live items, never used through an old
        wrapper.)"""
        item = iface.messageBar().currentItem()
        # The plugin's: its warnings and errors carry its name, its events (information, success) no title at all.
        if item is None or (item.title() and "Fusion Platform" not in item.title()):
            return
        self.bar_texts.append(item.text())
        address, step = sip.unwrapinstance(item), self.step
        QTimer.singleShot(500, lambda: self._measure_bar_item(address, step))

    def _measure_bar_item(self, address: int, step: str) -> None:
        bar = iface.messageBar()
        item = next((i for i in bar.items() if sip.unwrapinstance(i) == address), None)
        if item is None or not item.isVisible():
            return
        for browser in item.findChildren(QTextBrowser):
            if not browser.isVisible():
                continue
            line = browser.fontMetrics().lineSpacing()
            height = browser.document().size().height() - 2 * browser.document().documentMargin()
            self.check(
                MESSAGE_BAR_ONE_LINE,
                height < 1.6 * line,
                f"[{step}] '{item.title()}: {item.text()}' takes {height / line:.1f} lines in a {bar.width()} px bar",
            )

    def check_lists(self, dock) -> None:
        """A dock's lists at its current (default) width: no sideways scrolling, the name column readable, the other
        columns (status, dates) never cut."""
        title = dock.windowTitle()
        for view in dock.findChildren(QTreeView):
            model = view.model()
            if not view.isVisible() or model is None or model.rowCount() == 0:
                continue
            header = view.header()
            where = f"{title} dock, {view.objectName()} ({view.viewport().width()} px)"
            self.check(
                LISTS_FIT,
                header.length() <= view.viewport().width() + 1 and view.horizontalScrollBar().maximum() == 0,
                f"{where}: the columns need {header.length()} px, it scrolls sideways",
            )
            if not header.isHidden() and header.count() > 1:
                self.check(
                    LISTS_FIT, view.columnWidth(0) >= 100, f"{where}: the name column is {view.columnWidth(0)} px"
                )
            metrics = view.fontMetrics()
            for row in range(min(model.rowCount(), 40)):
                for column in range(1, header.count()):
                    if header.isSectionHidden(column):
                        continue
                    text = str(model.index(row, column).data() or "")
                    needed = metrics.horizontalAdvance(text) + 6
                    self.check(
                        LISTS_FIT,
                        not text or view.columnWidth(column) >= needed,
                        f"{where}: '{text}' is cut ({view.columnWidth(column)} px of {needed})",
                    )
                name = str(model.index(row, 0).data() or "")
                tip = str(model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) or view.toolTip() or "")
                if not header.isHidden() and header.count() > 1 and name:
                    icon = model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)
                    self.check(LISTS_FIT, icon is not None, f"{where}: '{name}' has no status icon")
                    self.check(
                        LISTS_FIT, name in tip, f"{where}: the tooltip of '{name}' does not give its name: '{tip}'"
                    )

    def check_words(self, where: str, texts: list[str]) -> None:
        """No developer words; credits with the locale's thousands separator."""
        for text in texts:
            found = DEVELOPER_WORDS.search(text)
            self.check(
                NO_DEVELOPER_WORDS, not found, f"{where} says '{found.group(0) if found else ''}': '{text[:160]}'"
            )
            number = UNGROUPED_NUMBER.search(text)
            self.check(NUMBERS_IN_LOCALE, not number, f"{where} shows '{number.group(0) if number else ''}'")

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        entry = self.checks.setdefault(name, {"ok": True, "details": [], "seen": []})
        entry["seen"].append(self.step)
        if not ok:
            entry["ok"] = False
            entry["details"].append(f"[{self.step}] {detail}")
        return ok

    def shoot_widget(self, widget, name: str) -> None:
        """A PNG of one widget (a dock or a dialog), for the README."""
        SCREENS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SCREENS / f"widget_{name}.png"), "PNG")

    def shoot(self, name: str) -> None:
        """A PNG of the whole screen (the main window and any dialog over it)."""
        SCREENS.mkdir(parents=True, exist_ok=True)
        path = SCREENS / f"{self.shot_index:02d}_{name}.png"
        self.shot_index += 1
        pixmap = self.screen.grabWindow(0)
        if pixmap.isNull():
            pixmap = self.main.grab()
        pixmap.save(str(path), "PNG")
        self.steps.append({"step": self.step, "screenshot": path.name, "t": round(time.monotonic() - T0, 1)})

    # ------------------------------------------------------------------------------------------- running
    def start(self) -> None:
        QTimer.singleShot(0, self.advance)

    def advance(self) -> None:
        if self.finished:
            return
        try:
            item = next(self.flow)
        except StopIteration:
            self.finish()
            return
        except Exception:
            self.check("workflow_completes", False, traceback.format_exc()[-3000:])
            self.finish()
            return
        if isinstance(item, Pause):
            QTimer.singleShot(item.ms, self.advance)
        else:
            item.started = time.monotonic()
            self.poll(item)

    def poll(self, wait: Wait) -> None:
        try:
            ok = bool(wait.predicate())
        except Exception as exc:
            ok, wait.error = False, repr(exc)
        if ok:
            QTimer.singleShot(50, self.advance)
        elif time.monotonic() - wait.started > wait.timeout:
            self.check(
                "workflow_completes",
                False,
                f"timed out after {wait.timeout:.0f} s waiting for {wait.what}"
                + (f" (last error {wait.error})" if wait.error else ""),
            )
            try:
                self.shoot("timeout")
            finally:
                self.finish()
        else:
            QTimer.singleShot(150, lambda: self.poll(wait))

    def finish(self) -> None:
        if self.finished:
            return
        self.finished = True
        try:
            self.final_checks()
        except Exception:
            self.check("workflow_completes", False, "final checks: " + traceback.format_exc()[-2000:])
        self.check("workflow_completes", True)
        result = {
            "size": self.size_label,
            "checks": self.checks,
            "steps": self.steps,
            "messages": self.messages,
        }
        RESULT.parent.mkdir(parents=True, exist_ok=True)
        RESULT.write_text(json.dumps(result, indent=1, default=str))
        sys.stdout.flush()
        if self.plugin is not None:  # note the plugin's unload in the late log (QGIS unloads plugins as it quits)
            unload = self.plugin.unload

            def noted_unload():
                self._on_message("unload started", "fp-real-driver", 0)
                unload()
                import gc

                gc.collect()
                self._on_message("unload finished", "fp-real-driver", 0)

            self.plugin.unload = noted_unload
        QgsProject.instance().setDirty(False)  # no "save the project?" question on exit
        QTimer.singleShot(200, iface.actionExit().trigger)
        QTimer.singleShot(15000, lambda: QgsApplication.exit(0))  # in case something still asks

    # ------------------------------------------------------------------------------------------- helpers
    def dock(self, key: str):
        return self.plugin.docks[key]

    def action(self, key: str):
        toolbar = self.main.findChild(QToolBar, "FusionPlatformToolbar")
        return next(a for a in toolbar.actions() if a.objectName() == f"action_fusion_platform_{key}")

    def our_docks(self) -> list:
        return [self.dock(key) for key in DOCK_KEYS]

    def check_window(self, canvas: bool = True) -> None:
        """The main window fits the available screen; the map canvas is visible with a sensible size."""
        frame = self.main.frameGeometry()
        self.check(
            "window_fits_screen",
            self.available.contains(frame),
            f"main window {rect(frame)} is not inside the screen {rect(self.available)}",
        )
        if canvas:
            map_canvas = iface.mapCanvas()
            top_left = map_canvas.mapTo(self.main, map_canvas.rect().topLeft())
            bottom = frame.y() + top_left.y() + map_canvas.height()
            self.check(
                "canvas_visible",
                map_canvas.isVisible()
                and map_canvas.width() >= 0.35 * self.available.width()
                and map_canvas.height() >= 0.4 * self.available.height()
                and bottom <= self.available.bottom() + 1,
                f"canvas visible={map_canvas.isVisible()} size={map_canvas.width()}x{map_canvas.height()} "
                f"bottom={bottom} (screen {rect(self.available)})",
            )

    def run_groups(self) -> dict[str, list]:
        """Layer-tree groups holding Fusion Platform runs, by their execution ids."""
        result: dict[str, list] = {}
        for group in QgsProject.instance().layerTreeRoot().findGroups():
            ids = str(group.customProperty("fusion_platform/execution_ids", "") or "")
            if ids:
                result.setdefault(ids, []).append(group)
        return result

    def groups_of(self, run: dict) -> list:
        ids = {str(e.get("id")) for e in run["executions"]}
        return [g for key, groups in self.run_groups().items() for g in groups if ids & set(key.split(","))]

    def run_named(self, name: str, status: str | None = None) -> dict | None:
        from fusion_platform_qgis.qgis_support.runs.status import run_status

        for run in self.dock("executions").runs.values():
            if run["process"].get("name") == name and (status is None or run_status(run["executions"]) == status):
                return run
        return None

    def runs_named(self, name: str) -> list[dict]:
        return [r for r in self.dock("executions").runs.values() if r["process"].get("name") == name]

    def select_run(self, run: dict) -> None:
        from fusion_platform_qgis.qgis_support.runs.records import run_key

        dock = self.dock("executions")
        dock.ui.tree_executions.clearSelection()
        dock.select_run(run_key(run))

    def label_texts(self, widget) -> list[str]:
        texts = [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]
        return [t for t in texts if t]

    def check_plural(self, where: str, texts: list[str]) -> None:
        for text in texts:
            match = SINGULAR_PLURAL.search(text)
            self.check(NO_DEVELOPER_TEXT, match is None, f"{where}: '{text}' (a plural after 1)")

    def open_editor(self, service_name: str):
        services = self.dock("services")
        services.raise_()
        yield Wait(lambda: services.select_service(service_name), f"the service '{service_name}' to be listed")
        yield Wait(
            lambda: (
                "Resolution" in services.browser_details.toPlainText()
                or "Cloud threshold" in services.browser_details.toPlainText()
            ),
            "the service's documentation",
        )
        text = services.browser_details.toPlainText()
        self.check_words(f"The documentation of '{service_name}'", text.splitlines())
        for raw in ("numeric", "constrained", "area_km2", "**"):
            self.check(NO_DEVELOPER_TEXT, raw not in text, f"the documentation of '{service_name}' shows '{raw}'")
        count_before = len(services.editors)
        services.ui.button_new_process.click()
        yield Wait(lambda: len(services.editors) > count_before, "the process editor")
        editor = services.editors[-1]
        yield Wait(lambda: editor.process is not None and not editor.busy and editor.inputs, "the process template")
        return editor

    # ------------------------------------------------------------------------------------------- the workflow
    def workflow(self):
        # ---- 00 first start: as a window manager would, fit the main window to the screen --------------------------
        self.step = "first_start"
        self.check("plugin_loaded", self.plugin is not None, f"'{PLUGIN}' is not among the loaded plugins")
        if self.plugin is None:
            return
        self.main.setGeometry(self.available)
        yield Pause(1500)
        frame = self.main.frameGeometry()
        open_docks = [d.windowTitle() for d in self.our_docks() if d.isVisible()]
        central = self.main.centralWidget()
        fits = self.available.contains(frame)
        self.check(
            CANVAS_ON_SCREEN,
            fits and not open_docks and central.height() >= 0.5 * self.available.height(),
            f"first start: main window {rect(frame)} on a {rect(self.available)} screen, docks open by "
            f"themselves: {open_docks}, map area height {central.height()}",
        )
        self.check_window(canvas=False)
        self.shoot("first_start")

        # ---- 01 the analyst adds two polygon layers -----------------------------------------------------------------
        self.step = "layers"
        import fusion_platform_qgis.api as fusion_platform

        project = QgsProject.instance()
        glasgow = QgsVectorLayer(fusion_platform.EXAMPLE_GLASGOW_FILE, "Glasgow", "ogr")
        lakes = QgsVectorLayer(fusion_platform.EXAMPLE_LAKE_DISTRICT_FILE, "Lake District", "ogr")
        self.check("layers_valid", glasgow.isValid() and lakes.isValid(), "example GeoJSON layers are invalid")
        project.addMapLayers([glasgow, lakes])
        iface.setActiveLayer(lakes)
        iface.zoomToActiveLayer()
        yield Pause(1000)
        iface.messageBar().clearWidgets()  # QGIS's own note about the datum transform of the example layers
        yield Pause(300)
        self.check_window()
        self.shoot("layers")

        # ---- 02 the docks, opened from the toolbar ------------------------------------------------------------------
        self.step = "open_docks"
        for key in ("executions", "processes", "services", "data", "account"):
            if not self.dock(key).isVisible():  # the user clicks the buttons of the docks not shown yet
                self.action(key).trigger()
            yield Pause(250)
        yield Pause(800)
        self.check_window()
        docks = self.our_docks()
        hidden = [d.windowTitle() for d in docks if not d.isVisible()]
        self.check("docks_open_from_toolbar", not hidden, f"docks not shown by their toolbar button: {hidden}")
        frame = self.main.frameGeometry()
        stacked = [d.windowTitle() for d in docks[1:] if d not in self.main.tabifiedDockWidgets(docks[0])]
        self.check(
            CANVAS_ON_SCREEN,
            self.available.contains(frame) and not stacked,
            f"all five docks open: main window {rect(frame)}; not tabbed with the Account dock: {stacked}",
        )
        titles = [d.windowTitle() for d in docks]
        firsts = [t.split()[0] if t.split() else "" for t in titles]
        self.check(
            DOCK_TITLES,
            len(set(titles)) == 5 and len(set(firsts)) == 5 and all(len(t) <= 16 for t in titles),
            f"dock titles {titles}",
        )
        for bar in self.main.findChildren(QTabBar):
            if not bar.isVisible():
                continue
            for index in range(bar.count()):
                text = bar.tabText(index)
                if text in titles:
                    width, needed = bar.tabRect(index).width(), bar.fontMetrics().horizontalAdvance(text) + 10
                    self.check(DOCK_TITLES, width >= needed, f"the tab '{text}' is cut: {width} px of {needed}")
        self.shoot("docks_open")

        # ---- 03 a connection to the training sandbox, through the "New connection" dialog -------------------------
        self.step = "connection"
        account = self.dock("account")
        account.raise_()
        ui = account.ui
        account.select_connection("Local sandbox")
        yield Pause(300)
        hint = ui.label_login_hint.text()
        self.check(NO_DEVELOPER_TEXT, "make sandbox" not in hint, f"the 'Local sandbox' connection says: '{hint}'")
        QTimer.singleShot(0, ui.button_new_connection.click)  # opens a modal dialog: its loop runs our timers
        yield Wait(lambda: isinstance(QApplication.activeModalWidget(), QDialog), "the connection dialog")
        dialog = QApplication.activeModalWidget()
        dialog.ui.line_name.setText(CONNECTION)
        dialog.ui.line_url.setText(URL)
        yield Pause(400)
        self.shoot("new_connection")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        yield Wait(
            lambda: QApplication.activeModalWidget() is None and ui.combo_connection.currentText() == CONNECTION,
            "the new connection to be chosen",
        )

        # ---- 04 log in through the Account dock's widgets -----------------------------------------------------------
        self.step = "login"
        ui.line_username.setText(EMAIL)
        ui.line_password.setText(PASSWORD)
        ui.check_remember.setChecked(False)
        yield Pause(400)
        password_bottom = ui.line_password.mapTo(account, ui.line_password.rect().bottomLeft()).y()
        button_top = ui.button_login.mapTo(account, ui.button_login.rect().topLeft()).y()
        self.check(
            NOTHING_TRUNCATED,
            0 <= button_top - password_bottom <= 90,
            f"the Log in button is {button_top - password_bottom} px below the password field",
        )
        self.shoot("login_form")
        ui.button_login.click()
        yield Wait(
            lambda: (
                self.plugin.state.is_connected and self.plugin.state.organisation is not None and not account.is_busy
            ),
            "the login",
        )
        yield Pause(800)
        self.check("logged_in", self.plugin.state.is_connected, account.message_text())
        self.check_window()
        self.check_words("Account dock", self.label_texts(account))
        self.shoot("logged_in")
        self.shoot_widget(account, "account_dock")

        # ---- 05 upload the active layer from the Data dock's Upload menu ---------------------------------------
        self.step = "upload"
        data = self.dock("data")
        data.raise_()
        yield Wait(lambda: not data.listing.loading, "the data list")
        iface.setActiveLayer(lakes)
        menu = data.ui.button_upload.menu()
        entry = next(a for a in menu.actions() if "all features" in a.text().lower())
        entry.trigger()
        yield Wait(
            lambda: data.uploads.upload_task is None and data.uploads.last_uploaded is not None,
            "the upload of the layer",
        )
        uploaded = data.uploads.last_uploaded
        yield Wait(
            lambda: data.listing.item_for(str(uploaded.id)) is not None and str(uploaded.id) in data.listing.files,
            "the uploaded item and its files in the list",
        )
        data.listing.select_data(str(uploaded.id))
        yield Pause(900)
        item = data.listing.item_for(str(uploaded.id))
        for where, text in (("tooltip", item.toolTip(0)), ("details", data.ui.text_details.toPlainText())):
            self.check(
                NO_DEVELOPER_TEXT,
                not RAW_TIME.search(text),
                f"Data dock {where} shows a raw timestamp: '{RAW_TIME.search(text).group(0) if RAW_TIME.search(text) else ''}' in '{text[:200]}'",
            )
        self.check_plural("Data dock", self.label_texts(data) + data.ui.text_details.toPlainText().splitlines())
        self.check("upload_listed", item is not None, "the uploaded layer is not in the Data dock")
        self.check_lists(data)
        self.check_words("Data dock", self.label_texts(data) + [data.ui.text_details.toPlainText()])
        shown = [text for text in self.bar_texts if "Uploaded" in text]
        self.check(
            NO_DEVELOPER_WORDS,
            not data.ui.frame_message.isVisibleTo(data),
            f"the Data dock repeats the message bar in a panel of its own: '{data.ui.label_message.text()}' ({shown})",
        )
        self.shoot("data_uploaded")
        self.shoot_widget(data, "data_dock")

        # ---- 06 the elevation service: process editor, Create, Execute -----------------------------------------
        self.step = "elevation"
        editor = yield from self.open_editor(ELEVATION)
        self.shoot("services_elevation")
        row = editor.inputs[min(editor.inputs)]
        self.check(
            NOTHING_TRUNCATED,
            row.layer() is not None,
            "the process editor's layer input starts empty although polygon layers are loaded",
        )
        row.set_layer(glasgow)
        editor.ui.line_name.setText(ELEVATION_RUN)
        yield Pause(500)
        self.shoot("process_editor")
        self.shoot_widget(editor, "process_editor")
        self.check_words("The process editor", self.label_texts(editor))
        editor.ui.button_create.click()
        yield Wait(
            lambda: not editor.busy and editor.snapshot.get("persisted") and editor.ui.button_execute.isEnabled(),
            "the elevation process to be created and priced",
        )
        editor.ui.button_execute.click()
        yield Wait(lambda: not editor.busy and editor.snapshot.get("status") == "execute", "the elevation to start")
        editor.ui.button_close.click()

        # ---- 07 the grouped cloud classification on the uploaded item ---------------------------------------
        self.step = "cloud"
        editor = yield from self.open_editor(CLOUD)
        row = editor.inputs[min(editor.inputs)]
        yield Wait(lambda: row.combo_data.findData(str(uploaded.id)) >= 0, "the uploaded item in the data picker")
        row.set_data(str(uploaded.id))
        editor.ui.line_name.setText(CLOUD_RUN)
        editor.ui.button_create.click()
        yield Wait(
            lambda: not editor.busy and editor.snapshot.get("persisted") and editor.ui.button_execute.isEnabled(),
            "the cloud process to be created and priced",
        )
        yield Pause(300)
        self.shoot("cloud_editor")
        yield from self.credit_guard_steps(editor)
        yield Wait(lambda: not editor.busy and editor.snapshot.get("status") == "execute", "the cloud run to start")
        editor.ui.button_close.click()

        # ---- 08 monitoring, outputs loaded automatically and styled -------------------------------------------
        self.step = "monitor"
        executions = self.dock("executions")
        executions.raise_()
        yield Wait(
            lambda: self.run_named(CLOUD_RUN) is not None and self.run_named(ELEVATION_RUN) is not None,
            "both runs in the Executions dock",
        )
        yield Pause(1200)
        self.shoot("monitor_running")
        yield from self.layers_panel_steps()
        yield from self.reopen_steps()
        yield Wait(
            lambda: (
                all(
                    self.groups_of(r)
                    for r in (self.run_named(ELEVATION_RUN, "success"), self.run_named(CLOUD_RUN, "success"))
                    if r
                )
                and self.run_named(ELEVATION_RUN, "success")
                and self.run_named(CLOUD_RUN, "success")
            ),
            "both runs to succeed and their outputs to load",
            timeout=TIMEOUT * 2,
        )
        yield Wait(lambda: not executions.outputs_loader.tasks, "the downloads to settle")
        yield Pause(2500)
        self.step = "outputs"
        elevation_run, cloud_run = self.run_named(ELEVATION_RUN), self.run_named(CLOUD_RUN)
        for run in (elevation_run, cloud_run):
            groups = self.groups_of(run)
            self.check(
                "one_group_per_run",
                len(groups) == 1,
                f"'{run['process'].get('name')}' has {len(groups)} layer-tree groups",
            )
        view = iface.layerTreeView()
        ended = [
            (g.name(), self.plugin.run_tree.badge(g).kind, len(view.indicators(g))) for g in self.live_run_groups()
        ]
        self.check(
            REOPEN,
            len(ended) == 2 and all(kind == "succeeded" and shown == 1 for _name, kind, shown in ended),
            f"after the reopened project's runs ended: (group, indicator, indicators shown) {ended}",
        )
        cloud_group = self.groups_of(cloud_run)[0]
        mosaics = [
            n.layer()
            for n in cloud_group.children()
            if hasattr(n, "layer")
            and isinstance(n.layer(), QgsRasterLayer)
            and n.layer().source().lower().endswith(".vrt")
        ]
        self.check(
            "cloud_mosaic_vrt",
            len(mosaics) == 1 and cloud_group.findLayer(mosaics[0].id()).isVisible(),
            f"cloud group layers: {[n.name() for n in cloud_group.children()]}",
        )
        elevation_group = self.groups_of(elevation_run)[0]
        elevation_layers = [n.layer() for n in elevation_group.findLayers() if isinstance(n.layer(), QgsRasterLayer)]
        self.check(
            "outputs_styled",
            bool(elevation_layers)
            and all(layer.renderer().type() != "singlebandgray" for layer in elevation_layers)
            and bool(mosaics)
            and mosaics[0].renderer().type() == "paletted",
            f"renderers: {[layer.renderer().type() for layer in elevation_layers + mosaics]}",
        )
        # Nothing runs now; the docks say so without a manual refresh.
        header = executions.ui.label_status.text()
        self.check(
            STATUS_FOLLOWS_DATA,
            not re.search(r"\b[1-9]\d* running", header),
            f"the Executions header says '{header}' although every run finished",
        )
        stale = [
            f"{texts[0]}: {texts[2]} {texts[3]}"
            for texts in self.dock("processes").row_texts()
            if texts[2] == "Executing" or "(0%)" in texts[3]
        ]
        self.check(STATUS_FOLLOWS_DATA, not stale, f"Processes dock rows after the runs succeeded: {stale}")
        # Nothing opened by itself; class colours readable on white and on dark canvases; legends.
        tables = [
            w.windowTitle()
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.metaObject().className() == "QgsAttributeTableDialog"
        ]
        self.check(NO_UNINVITED_WINDOWS, not tables, f"attribute tables opened by themselves: {tables}")
        if mosaics:
            renderer = mosaics[0].renderer()
            for klass in getattr(renderer, "classes", lambda: [])():
                low = min(contrast(klass.color, QColor("white")), contrast(klass.color, QColor(40, 40, 40)))
                self.check(
                    NO_UNINVITED_WINDOWS,
                    low >= 1.4,
                    f"class '{klass.label}' colour {klass.color.name()} has contrast {low:.2f} on white/dark",
                )
        legend_texts = []
        tree_model = iface.layerTreeView().layerTreeModel()
        for layer in elevation_layers:
            node = elevation_group.findLayer(layer.id())
            for legend_node in tree_model.layerLegendNodes(node):
                legend_texts.append(str(legend_node.data(0) or ""))
        bad = [t for t in legend_texts if "Band 1 (Gray)" in t or re.search(r"\d\.\d{5,}", t)]
        self.check(NO_UNINVITED_WINDOWS, not bad, f"elevation legend shows {bad}")
        self.check_window()
        self.shoot("outputs_loaded")
        yield from self.metadata_steps(elevation_layers[0] if elevation_layers else None)

        # ---- 09 "Load outputs" again: the run's group is selected, not added twice ---------------------------------
        self.step = "load_again"
        offers = [
            n
            for n in executions.notifications
            if n["run"] is not None
            and str(n["run"]["executions"][0].get("id")) == str(elevation_run["executions"][0].get("id"))
            and "Load outputs" in n["buttons"]
        ]
        if offers and not offers[-1]["widget"].isHidden():
            offers[-1]["buttons"]["Load outputs"].click()
            how = "the notification's Load outputs"
        else:
            self.select_run(elevation_run)
            yield Pause(300)
            executions.ui.button_load_outputs.click()
            how = "the dock's Load outputs button"
        yield Pause(500)
        yield Wait(lambda: not executions.outputs_loader.tasks, "the second load to settle")
        yield Pause(1500)
        groups = self.groups_of(elevation_run)
        current = iface.layerTreeView().currentNode()
        self.check(
            OUTPUTS_ONCE,
            len(groups) == 1 and current is not None and current in groups,
            f"after {how}: {len(groups)} groups for '{ELEVATION_RUN}'; current layer-tree node "
            f"'{current.name() if current is not None else None}'",
        )
        self.shoot("load_again")

        # ---- 10 previews of the loaded run -------------------------------------------------------------------
        self.step = "previews"
        self.select_run(elevation_run)
        yield Wait(
            lambda: executions.ui.list_previews.count() > 0 or "no previews" in executions.ui.label_previews.text(),
            "the previews strip",
        )
        yield Pause(600)
        previews_text = executions.ui.label_previews.text()
        self.check(
            STATUS_FOLLOWS_DATA,
            "nothing downloaded" not in previews_text,
            f"previews strip of a loaded run says: '{previews_text}'",
        )
        self.check_plural("previews strip", [previews_text])
        if executions.ui.list_previews.count():
            icon = executions.ui.list_previews.item(0).icon()
            image = icon.pixmap(
                icon.availableSizes()[0] if icon.availableSizes() else executions.ui.list_previews.iconSize()
            ).toImage()
            values = [
                QColor(image.pixel(x, y)).lightness()
                for x in range(0, image.width(), 3)
                for y in range(0, image.height(), 3)
                if QColor.fromRgba(image.pixel(x, y)).alpha() > 0
            ]
            mean = sum(values) / max(1, len(values))
            spread = (sum((v - mean) ** 2 for v in values) / max(1, len(values))) ** 0.5
            image.save(str(SCREENS / "widget_elevation_preview.png"), "PNG")
            saturation = [
                QColor(image.pixel(x, y)).hsvSaturation()
                for x in range(0, image.width(), 3)
                for y in range(0, image.height(), 3)
                if QColor.fromRgba(image.pixel(x, y)).alpha() > 0
            ]
            self.check(
                NO_UNINVITED_WINDOWS,
                sum(saturation) / max(1, len(saturation)) >= 60,
                "the elevation thumbnail is grey, not in the layer's colour ramp",
            )
            self.check(
                NO_UNINVITED_WINDOWS,
                mean >= 100 and spread >= 25,
                f"the elevation thumbnail is dark or flat (mean lightness {mean:.0f}, spread {spread:.0f}, "
                f"{len(values)} opaque samples)",
            )
            self.checks.setdefault("info", {"ok": True, "details": [], "seen": []})["details"].append(
                f"elevation thumbnail: mean lightness {mean:.0f}, spread {spread:.0f}, {len(values)} samples"
            )
        self.shoot("previews")

        # ---- 11 the log of the cloud run -------------------------------------------------------------------------------
        self.step = "log"
        self.select_run(cloud_run)
        yield Pause(300)
        viewers_before = len(executions.log_viewers)
        executions.ui.button_show_log.click()
        yield Wait(
            lambda: len(executions.log_viewers) > viewers_before and executions.log_viewers[-1].isVisible(),
            "the log viewer",
        )
        viewer = executions.log_viewers[-1]
        viewer.resize(min(1000, self.available.width() - 100), min(600, self.available.height() - 150))
        viewer.move(self.available.center() - viewer.rect().center())
        yield Pause(700)
        lines = viewer.shown_text().splitlines()
        self.check("log_shown", bool(lines), "the log viewer is empty")
        iso = [line for line in lines if ISO_TIME.match(line.strip())]
        self.check(NO_DEVELOPER_TEXT, not iso, f"log lines start with ISO timestamps: {iso[:2]}")
        self.check_words("The run's log", lines)
        self.shoot("log_viewer")
        viewer.close()

        # ---- 12 execute the cloud process again from the Processes dock, and stop it --------------------------------
        self.step = "stop"
        processes = self.dock("processes")
        processes.raise_()
        processes.ui.button_refresh.click()
        yield Wait(lambda: processes.select_process(CLOUD_RUN), "the cloud process in the Processes dock")
        yield Wait(lambda: processes.ui.button_execute.isEnabled(), "Execute in the Processes dock")
        processes.ui.button_execute.click()
        executions.raise_()
        yield Wait(lambda: self.run_named(CLOUD_RUN, "running") is not None, "the second cloud run to be running")
        running = self.run_named(CLOUD_RUN, "running")
        self.select_run(running)
        yield Wait(lambda: executions.ui.button_stop.isEnabled(), "Stop to be enabled")
        notes_before = len(executions.notifications)
        executions.ui.button_stop.click()
        yield Wait(lambda: self.run_named(CLOUD_RUN, "stopped") is not None, "the run to stop")
        yield Wait(lambda: len(executions.notifications) > notes_before, "the stop notification")
        yield Pause(1500)
        note = executions.notifications[-1]
        self.check(
            NO_DEVELOPER_TEXT,
            note["level"] == Qgis.Info and "INFO:" not in note["text"] and "pid" not in note["text"],
            f"the stop the user asked for is shown as level {note['level']}: '{note['text'][:300]}'",
        )
        stopped = self.run_named(CLOUD_RUN, "stopped")
        from fusion_platform_qgis.qgis_support.runs.records import run_key

        value, word = executions.progress_of(run_key(stopped)) or (0, None)
        self.check(
            STATUS_FOLLOWS_DATA,
            word is not None or value < 100,
            f"the stopped run shows a {word or f'{value}%'} bar",
        )
        key = run_key(stopped)
        members = [str(e.get("id")) for e in stopped["executions"]] if stopped.get("group_id") else [None]
        comps = executions.ui.tree_components
        running_texts = []
        for member in members:  # every execution of the stopped group, as a user clicking through them
            executions.ui.tree_executions.clearSelection()
            executions.select_run(key, member)
            yield Pause(700)
            label = executions.cell_text(key, 0, member)
            running_texts += [
                f"{label} / {comps.topLevelItem(i).text(0)}: {comps.topLevelItem(i).text(2)}, "
                f"{comps.topLevelItem(i).text(1)}"
                for i in range(comps.topLevelItemCount())
                if comps.topLevelItem(i).text(2) == "Running"
            ]
        self.check(STATUS_FOLLOWS_DATA, not running_texts, f"components of the stopped run: {running_texts[:4]}")
        self.shoot("stopped")

        # ---- 13 everything finished: the status texts follow the data ---------------------------------------------
        self.step = "settled"
        yield Wait(lambda: self.run_named(CLOUD_RUN, "running") is None, "every run to be finished")
        yield Pause(3000)
        header = executions.ui.label_status.text()
        self.check(
            STATUS_FOLLOWS_DATA,
            not re.search(r"\b[1-9]\d* running", header),
            f"the Executions header says '{header}' although nothing runs",
        )
        stale = [
            f"{texts[0]}: {texts[2]} {texts[3]}"
            for texts in processes.row_texts()
            if texts[2] == "Executing" or "(0%)" in texts[3]
        ]
        self.check(STATUS_FOLLOWS_DATA, not stale, f"Processes dock rows after every run finished: {stale}")
        self.check_plural("Data dock", self.label_texts(self.dock("data")))
        self.check_plural("Executions dock", self.label_texts(executions))
        self.check_plural("Processes dock", self.label_texts(processes))
        executions.raise_()
        yield Pause(300)
        self.check_lists(executions)
        names = [executions.cell_text(key, 0) for key in executions.model.keys()]
        members = [
            executions.cell_text(key, 0, str(e.get("id")))
            for key in executions.model.keys()
            for e in executions.runs[key]["executions"]
            if executions.runs[key].get("group_id")
        ]
        groups = [re.search(r"group of (\d+) slices", name) for name in names]
        for found in filter(None, groups):
            count = found.group(1)
            odd = [m for m in members if m.startswith("Slice") and not m.endswith(f"of {count}")]
            self.check(LISTS_FIT, not odd, f"a 'group of {count} slices' lists members as {odd[:3]}")
        stop_at = max((i for i, t in enumerate(self.bar_texts) if t.startswith("Stop requested")), default=-1)
        stopped_at = max((i for i, t in enumerate(self.bar_texts) if t.startswith("Run stopped")), default=-1)
        self.check(
            STATUS_FOLLOWS_MESSAGES,
            stop_at < stopped_at,
            f"the message bar said {self.bar_texts[max(stop_at, 0) :][:3]} (a request after its outcome)",
        )
        self.check_plural("Account dock", self.label_texts(self.dock("account")))
        self.check_window()
        self.shoot("executions_settled")
        processes.raise_()
        yield Pause(600)
        self.check_lists(processes)
        self.shoot("processes_settled")

        # ---- 14 the Processing provider in the toolbox, and its help ----------------------------------------------
        self.step = "processing"
        registry = QgsApplication.processingRegistry()
        provider = registry.providerById("fusion_platform")
        algorithms = provider.algorithms() if provider is not None else []
        self.check(
            "processing_provider",
            len(algorithms) >= 3,
            f"the Fusion Platform provider lists {len(algorithms)} algorithms",
        )
        toolbox = next((d for d in self.main.findChildren(QDockWidget) if d.objectName() == "ProcessingToolbox"), None)
        if toolbox is not None:
            toolbox.show()
            toolbox.raise_()
            from qgis.gui import QgsFilterLineEdit

            edits = toolbox.findChildren(QgsFilterLineEdit)
            if edits:
                edits[0].setText("Fusion")
        self.check("processing_toolbox", toolbox is not None and toolbox.isVisible(), "no Processing toolbox dock")
        yield Pause(1000)
        self.shoot("processing_toolbox")
        elevation_alg = next((a for a in algorithms if "Elevation" in a.displayName()), None)
        if elevation_alg is not None:
            help_text = elevation_alg.shortHelpString() or ""
            self.check(
                NO_DEVELOPER_TEXT,
                "**" not in help_text and "area_km2" not in help_text,
                f"the Processing help shows raw text: '{help_text[:200]}'",
            )
            import processing

            dialog = processing.createAlgorithmDialog(elevation_alg.id())
            dialog.resize(min(1100, self.available.width() - 100), min(760, self.available.height() - 100))
            dialog.move(self.available.center() - dialog.rect().center())
            dialog.show()
            yield Pause(1500)
            from qgis.PyQt.QtWidgets import QCheckBox

            for box in dialog.findChildren(QCheckBox):
                if box.isVisible() and box.text():
                    self.check(
                        NOTHING_TRUNCATED,
                        box.width() >= box.sizeHint().width(),
                        f"the Processing dialog cuts '{box.text()}' ({box.width()} px of {box.sizeHint().width()})",
                    )
            self.shoot("processing_dialog")
            dialog.close()
            dialog.deleteLater()
        if toolbox is not None:
            toolbox.hide()

        # ---- 15 the Browser panel: Fusion Platform → organisation → Processes → a run → its output, onto the map --
        self.step = "browser"
        yield from self.browser_steps(elevation_run)

        # ---- 16 a repeating process, its three runs loaded as a time series, the Temporal Controller ----------------
        self.step = "time_series"
        yield from self.time_series_steps(executions)

        # ---- 17 "Fusion Platform ▸ Run again…" on an output layer: the editor opens pre-filled, closed unexecuted --
        self.step = "run_again"
        yield from self.run_again_steps(elevation_run)

        # ---- 18 log out ----------------------------------------------------------------------------------------
        self.step = "logout"
        account.raise_()
        yield Pause(300)
        ui.button_logout.click()
        yield Wait(lambda: not self.plugin.state.is_connected and not account.is_busy, "the logout")
        yield Pause(800)
        self.check("logged_out", not self.plugin.state.is_connected, "still connected")
        import gc

        gc.collect()  # objects dropped in cycles (a session and its sockets) are finalised now, not at some later time
        yield Pause(800)
        self.check_window()
        self.shoot("logged_out")

        # ---- 19 log in again and quit QGIS while logged in, as most users end their day --------------------------
        self.step = "quit_logged_in"
        ui.line_username.setText(EMAIL)
        ui.line_password.setText(PASSWORD)
        ui.button_login.click()
        yield Wait(lambda: self.plugin.state.is_connected and not account.is_busy, "the second login")
        yield Pause(500)
        self.step = "exit"

    # ------------------------------------------------------------------------- credits, Layers panel, metadata
    def modal(self, kind: str):
        widget = QApplication.activeModalWidget()
        return widget if widget is not None and widget.metaObject().className() == kind else None

    def credit_guard_steps(self, editor):
        """Over the organisation's threshold, Execute asks first, naming the price and the balance after it."""
        from fusion_platform_qgis.qgis_support.pipeline import credit_guard

        self.step = "credit_guard"
        organisation = self.plugin.state.organisation
        price = float(editor.price() or 0)
        credit_guard.save_thresholds(
            {str(organisation.id): {"name": organisation.name, "threshold": max(0.01, round(price / 2, 2))}}
        )
        self.check(
            "credits_price_and_balance_after",
            "balance after" in editor.ui.label_price.text(),
            f"the editor's price line reads '{editor.ui.label_price.text()}'",
        )
        QTimer.singleShot(0, editor.ui.button_execute.click)  # the question is modal: click from the event loop
        yield Wait(lambda: self.modal("QMessageBox") is not None, "the credit question")
        box = self.modal("QMessageBox")
        yield Pause(400)
        self.shoot("credit_guard")
        self.shoot_widget(box, "credit_guard")
        text = box.text()
        self.check(
            "credits_threshold_asks_naming_the_price",
            f"{price:.2f}".rstrip("0").rstrip(".") in text and "balance after" in text,
            f"the question reads '{text}'",
        )
        from qgis.PyQt.QtWidgets import QMessageBox

        box.button(QMessageBox.StandardButton.Yes).click()
        credit_guard.save_thresholds({})

    def layers_panel_steps(self):
        """Both runs are groups in the Layers panel with an indicator, without opening the Executions dock."""
        self.step = "layers_panel"
        view = iface.layerTreeView()
        tree = self.plugin.run_tree
        groups = [
            g
            for g in QgsProject.instance().layerTreeRoot().findGroups()
            if g.customProperty("fusion_platform/run_process_id")
        ]
        names = {str(g.customProperty("fusion_platform/run_process_name")) for g in groups}
        self.check(
            "runs_in_layers_panel",
            {ELEVATION_RUN, CLOUD_RUN} <= names and all(view.indicators(g) for g in groups),
            f"run groups {sorted(names)}, indicators {[len(view.indicators(g)) for g in groups]}",
        )
        self.dock("account").raise_()  # the Executions dock out of sight: the Layers panel says it all
        yield Wait(
            lambda: any(tree.badge(g).kind == "running" for g in groups) or all(tree.badge(g).finished for g in groups),
            "a run's indicator to show it running",
        )
        panel = view.parentWidget()
        while panel is not None and not isinstance(panel, QDockWidget):
            panel = panel.parentWidget()
        width = panel.width() if panel is not None else 0
        if panel is not None:  # wide enough for the groups' names and their indicators
            self.main.resizeDocks([panel], [max(width, 420)], Qt.Orientation.Horizontal)
        yield Pause(800)
        self.shoot("layers_panel_runs")
        self.shoot_widget(panel or view, "layers_panel_runs")
        if panel is not None:
            self.main.resizeDocks([panel], [width], Qt.Orientation.Horizontal)
        self.dock("executions").raise_()

    def live_run_groups(self) -> list:
        return [
            g
            for g in QgsProject.instance().layerTreeRoot().findGroups()
            if g.customProperty("fusion_platform/run_process_id")
        ]

    def reopen_steps(self):
        """The project saved while the runs go on, then opened again as File > Open does (the project cleared, then
        read): each run's group is there once with its indicator, and the runs are followed to their end (the
        workflow's next wait). A hang in QGIS's clear or read is the tier's hang guard."""
        self.step = "reopen"
        tree = self.plugin.run_tree
        path = RESULT.with_name("runs.qgz")
        going = sorted(
            str(g.customProperty("fusion_platform/run_process_name"))
            for g in self.live_run_groups()
            if not tree.badge(g).finished
        )
        saved = QgsProject.instance().write(str(path))
        self.check(
            REOPEN,
            saved and ELEVATION_RUN in going,
            f"saved: {saved}; runs still going when saved: {going}",
        )
        self.reopened = None
        QTimer.singleShot(0, lambda: setattr(self, "reopened", iface.addProject(str(path))))
        while self.reopened is None:
            # QGIS itself asks which datum transformation the example layers (British National Grid) should use
            # while it reads them: a modal question for the user, answered with its proposal.
            yield Wait(
                lambda: self.reopened is not None or self.datum_question() is not None,
                "the project to be opened again",
            )
            question = self.datum_question()
            if question is not None:
                self.shoot("reopen_datum_question")
                question.accept()
                yield Pause(200)
        view = iface.layerTreeView()
        yield Wait(
            lambda: (
                {ELEVATION_RUN, CLOUD_RUN}
                <= {str(g.customProperty("fusion_platform/run_process_name")) for g in self.live_run_groups()}
            ),
            "the run groups of the reopened project",
        )
        yield Pause(800)
        groups = self.live_run_groups()
        names = [str(g.customProperty("fusion_platform/run_process_name")) for g in groups]
        self.check(
            REOPEN,
            self.reopened is True
            and sorted(names) == sorted({ELEVATION_RUN, CLOUD_RUN})
            and all(len(view.indicators(g)) == 1 for g in groups),
            f"opened: {self.reopened}; run groups {names}, indicators {[len(view.indicators(g)) for g in groups]}, "
            f"states {[tree.badge(g).kind for g in groups]}",
        )
        panel = view.parentWidget()
        while panel is not None and not isinstance(panel, QDockWidget):
            panel = panel.parentWidget()
        width = panel.width() if panel is not None else 0
        if panel is not None:  # wide enough for the groups' names and their indicators
            self.main.resizeDocks([panel], [max(width, 420)], Qt.Orientation.Horizontal)
        yield Pause(600)
        self.shoot("reopened_runs")
        self.shoot_widget(panel or view, "layers_panel_reopened")
        if panel is not None:
            self.main.resizeDocks([panel], [width], Qt.Orientation.Horizontal)

    @staticmethod
    def datum_question():
        widget = QApplication.activeModalWidget()
        return widget if widget is not None and widget.metaObject().className() == "QgsDatumTransformDialog" else None

    def metadata_steps(self, layer):
        """Layer Properties ▸ Metadata tells what made the layer and what it cost; Run details copies it."""
        self.step = "metadata"
        if layer is None:
            self.check("metadata_explains_the_run", False, "no elevation layer to open")
            return
        QTimer.singleShot(0, lambda: iface.showLayerProperties(layer, "mOptsPage_Metadata"))
        yield Wait(lambda: QApplication.activeModalWidget() is not None, "Layer Properties")
        dialog = QApplication.activeModalWidget()
        yield Pause(1200)
        from qgis.PyQt.QtWidgets import QPlainTextEdit, QTextEdit

        texts = [w.toPlainText() for w in dialog.findChildren(QPlainTextEdit) + dialog.findChildren(QTextEdit)]
        abstract = next((t for t in texts if "Produced by the Fusion Platform" in t), "")
        self.check(
            "metadata_explains_the_run",
            all(word in abstract for word in ("Region:", "Price charged:", "Organisation:", "Service:", "Options:")),
            f"the Metadata tab's abstract reads {abstract[:400]!r}",
        )
        self.shoot("layer_metadata")
        self.shoot_widget(dialog, "layer_metadata")
        dialog.reject()
        yield Pause(400)
        details = self.plugin.run_again.show_details(layer)
        yield Pause(600)
        script = details.python()
        self.check(
            "run_details_copy_as_python",
            "find_services(ssd_id=" in script and "find_data(id=" in script and PASSWORD not in script,
            "the Run details script does not re-run the layer's process",
        )
        self.shoot_widget(details, "run_details")
        details.close()

    # ------------------------------------------------------- the Browser, Processing, time series and run again
    def browser_view(self):
        """QGIS's Browser panel and its tree view (shown and raised, as a user opens it)."""
        from qgis.gui import QgsBrowserTreeView
        from qgis.PyQt.QtWidgets import QTreeView

        def browser_tree(dock):
            for tree in dock.findChildren(QTreeView):  # QgsDockBrowserTreeView (the bindings know its base only)
                if tree.metaObject().inherits(QgsBrowserTreeView.staticMetaObject) and hasattr(
                    tree.model(), "mapFromSource"
                ):
                    return tree
            return None

        docks = [d for d in self.main.findChildren(QDockWidget) if browser_tree(d) is not None]
        docks.sort(key=lambda d: (not d.isVisible(), d.objectName() != "Browser"))  # the first Browser panel
        self.browser_docks = [
            f"{d.objectName()}:{d.metaObject().className()}" for d in self.main.findChildren(QDockWidget)
        ]
        dock = docks[0] if docks else None
        if dock is None:
            return None, None
        dock.show()
        dock.raise_()
        return dock, browser_tree(dock)

    def close_tables(self) -> None:
        """The user closes attribute tables left open, so the map is seen."""
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.metaObject().className() == "QgsAttributeTableDialog":
                widget.close()

    def browser_expand(self, view, item, what: str):
        """Expand ``item`` in the Browser's view (QGIS populates it in the background) and wait for its children."""
        proxy = view.model()
        index = proxy.mapFromSource(iface.browserModel().findItem(item))
        view.expand(index)
        view.scrollTo(index)
        yield Wait(lambda: item.state() == Qgis.BrowserItemState.Populated and item.kids, f"the Browser's {what}")
        yield Pause(300)
        return item.kids

    def browser_steps(self, elevation_run):
        from qgis.core import QgsMimeDataUtils

        from fusion_platform_qgis.gui import browser
        from fusion_platform_qgis.qgis_support.outputs import run_layers as fp_layers

        # The user removes the run's group (loaded automatically earlier) and gets it back from the Browser.
        self.close_tables()
        dock, view = self.browser_view()
        self.check(
            "browser_tree_navigation",
            view is not None,
            f"no Browser panel with a tree view among the docks {self.browser_docks}",
        )
        if view is None:
            return
        for group in self.groups_of(elevation_run):
            group.parent().removeChildNode(group)
        yield Pause(500)
        context = self.plugin.browser.context
        tops = [i for i in context.items if isinstance(i, browser.RootItem)]
        self.check("browser_tree_navigation", len(tops) == 1, f"{len(tops)} 'Fusion Platform' roots in the Browser")
        path = [tops[0].name()]

        def pick(kids, predicate, what):
            found = [k for k in kids if predicate(k)]
            self.check("browser_tree_navigation", bool(found), f"no {what} among {[k.name() for k in kids]}")
            return found[0] if found else None

        item = tops[0]
        organisation = str(self.plugin.state.organisation.name)
        for predicate, what in (
            (lambda k: k.name() == CONNECTION, f"connection '{CONNECTION}'"),
            (lambda k: k.name() == organisation, f"organisation '{organisation}'"),
            (lambda k: isinstance(k, browser.ProcessesFolderItem), "Processes folder"),
            (lambda k: k.name() == ELEVATION_RUN, f"process '{ELEVATION_RUN}'"),
            (lambda k: isinstance(k, browser.RunItem) and k.status == "success", "successful run"),
            (lambda k: isinstance(k, browser.ComponentItem), "component"),
        ):
            kids = yield from self.browser_expand(view, item, f"children of '{item.name()}'")
            item = pick(kids, predicate, what)
            if item is None:
                return
            path.append(item.name())
        kids = yield from self.browser_expand(view, item, f"outputs of '{item.name()}'")
        output = pick(kids, lambda k: isinstance(k, browser.OutputItem), "output")
        if output is None:
            return
        path.append(output.name())
        proxy = view.model()
        index = proxy.mapFromSource(iface.browserModel().findItem(output))
        view.setCurrentIndex(index)
        view.scrollTo(index)
        self.checks.setdefault("info", {"ok": True, "details": [], "seen": []})["details"].append(
            "Browser path: " + " → ".join(path)
        )
        layers_before = len(QgsProject.instance().mapLayers())
        # Drag the output onto the map: the mime data the Browser's model gives the drag, handed to the drop handler
        # the plugin registered as QgisApp::dropEvent does first (handleMimeDataV2: a handler taking the drop whole
        # leaves QGIS nothing to add, e.g. the output's local file the drag also carries for Processing). (A
        # synthetic QDropEvent sent to the main window is not delivered to QgisApp's drop handling.)
        mime = proxy.mimeData([index])
        uris = QgsMimeDataUtils.decodeUriList(mime) if mime is not None else []
        handler = self.plugin.browser.drop_handler
        ours = [u for u in uris if handler is not None and u.providerKey == handler.customUriProviderKey()]
        self.check(
            "browser_output_to_map_once",
            len(ours) == 1 and handler.handleMimeDataV2(mime),
            f"the drag carries {[(u.layerType, u.providerKey) for u in uris]}; the drop handler took it: no",
        )
        execution_id = str(output.run_item.run["executions"][0].get("id"))
        yield Wait(
            lambda: fp_layers.find_run_group(execution_id) is not None and not context.tasks,
            "the dragged output's run on the map",
        )
        yield Pause(800)
        groups = self.groups_of(elevation_run)
        added = len(QgsProject.instance().mapLayers()) - layers_before
        self.check(
            "browser_output_to_map_once",
            len(groups) == 1 and added >= 1,
            f"after the drop: {len(groups)} groups of '{ELEVATION_RUN}', {added} layers added",
        )
        ids = {str(e.get("id")) for e in elevation_run["executions"]}
        for node in QgsProject.instance().layerTreeRoot().children():  # the new group in view, the others folded
            node.setExpanded(bool(ids & set(str(node.customProperty("fusion_platform/execution_ids", "")).split(","))))
        yield Pause(500)
        self.shoot("browser_drag_to_map")
        self.shoot_widget(dock, "browser_panel")
        # A double-click on the same output afterwards: nothing is added twice.
        layers_after = len(QgsProject.instance().mapLayers())
        view.doubleClicked.emit(index)
        yield Pause(1200)
        yield Wait(lambda: not context.tasks, "the Browser's tasks to settle")
        self.check(
            "browser_output_to_map_once",
            len(self.groups_of(elevation_run)) == 1 and len(QgsProject.instance().mapLayers()) == layers_after,
            f"after a double-click on the loaded output: {len(self.groups_of(elevation_run))} groups, "
            f"{len(QgsProject.instance().mapLayers()) - layers_after} more layers",
        )
        iface.messageBar().clearWidgets()
        yield from self.browser_to_processing(proxy, index)

    def browser_to_processing(self, proxy, index):
        """The same output dragged into a Processing algorithm's raster parameter (its dialog open): the drag
        offers the output's downloaded file (a gdal URI, no address), which the parameter's widget takes."""
        import processing
        from qgis.core import QgsMimeDataUtils
        from qgis.PyQt.QtCore import QPoint, QPointF, Qt
        from qgis.PyQt.QtGui import QDragEnterEvent, QDropEvent

        name = "browser_output_to_processing"
        algorithm_id = "native:rasterlayerstatistics"
        if not self.check(name, QgsApplication.processingRegistry().algorithmById(algorithm_id) is not None, "none"):
            return
        mime = proxy.mimeData([index])
        uris = QgsMimeDataUtils.decodeUriList(mime) if mime is not None else []
        files = [u.uri for u in uris if u.layerType == "raster" and u.providerKey == "gdal"]
        self.check(
            name,
            bool(files) and os.path.isfile(files[0]) and "://" not in files[0],
            f"the drag carries {[(u.layerType, u.providerKey) for u in uris]}",
        )
        dialog = processing.createAlgorithmDialog(algorithm_id)
        dialog.resize(min(900, self.available.width() - 100), min(600, self.available.height() - 100))
        dialog.move(self.available.center() - dialog.rect().center())
        dialog.show()
        yield Pause(800)
        wrapper = dialog.mainWidget().wrappers.get("INPUT")
        widget = wrapper.wrappedWidget() if wrapper is not None else None
        if self.check(name, widget is not None, "no INPUT parameter widget in the algorithm's dialog"):
            accepted = True
            for kind, point in ((QDragEnterEvent, QPoint(10, 10)), (QDropEvent, QPointF(10, 10))):  # enter, drop
                event = kind(
                    point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
                )
                QApplication.sendEvent(widget, event)
                accepted = accepted and event.isAccepted()
            yield Pause(600)
            value = wrapper.parameterValue()
            self.check(
                name,
                accepted and bool(files) and value == files[0],
                f"after the drop the raster parameter holds {value!r} (accepted: {accepted})",
            )
            self.shoot_widget(dialog, "browser_drag_to_processing")
        dialog.close()
        dialog.deleteLater()

    def time_series_steps(self, executions):
        import json as json_module
        import threading
        from datetime import datetime, timezone

        from qgis.core import QgsInterval

        import fusion_platform_qgis.api as fusion_platform
        from fusion_platform_qgis.qgis_support.outputs import time_series
        from fusion_platform_qgis.qgis_support.runs.status import run_status

        # Set-up through the client (the editor's schedule counts in minutes): three runs one second apart.
        organisation = self.plugin.state.organisation
        made: dict = {}

        def create() -> None:
            try:
                region = organisation.create_data(
                    name="Series region",
                    file_type=fusion_platform.FILE_TYPE_GEOJSON,
                    files=[fusion_platform.EXAMPLE_GLASGOW_FILE],
                    wait=True,
                )
                service, _ = organisation.find_services(keyword="Elevation")
                process = organisation.new_process(name=SERIES_RUN, service=service)
                process.update(input_number=1, data=region)
                process.update(
                    run_type="run_schedule",
                    repeat_count=3,
                    repeat_start=datetime.now(timezone.utc).isoformat(),
                    repeat_gap=json_module.dumps({"seconds": 1}),
                )
                process.create()
                process.execute()
                deadline = time.monotonic() + TIMEOUT * 2
                while time.monotonic() < deadline:
                    process.get()
                    runs = [e.attributes for e in process.executions]
                    if (
                        process.attributes.get("process_status") == "stop"
                        and len(runs) == 3
                        and all(e.get("ended_at") for e in runs)
                    ):
                        break
                    time.sleep(0.5)
                made["process"] = process
            except Exception as exc:
                made["error"] = repr(exc)

        worker = threading.Thread(target=create, daemon=True)
        worker.start()
        yield Wait(lambda: not worker.is_alive(), "the repeating process's three runs", timeout=TIMEOUT * 2)
        self.check("time_series_three_dated_layers", "process" in made, f"set-up failed: {made.get('error')}")
        if "process" not in made:
            return
        executions.raise_()
        executions.ui.button_refresh.click()
        yield Wait(
            lambda: (
                len(self.runs_named(SERIES_RUN)) == 3
                and all(run_status(r["executions"]) == "success" for r in self.runs_named(SERIES_RUN))
            ),
            "the three runs in the Executions dock",
        )
        self.select_run(self.runs_named(SERIES_RUN)[0])
        yield Pause(400)
        button = executions.ui.button_load_series
        self.check(
            "time_series_three_dated_layers",
            button.isEnabled() and button.isVisible(),
            f"'Load as time series' enabled={button.isEnabled()} visible={button.isVisible()}",
        )
        # The Temporal Controller panel, opened (and in animation mode) before loading, as a user would.
        controller_dock = next(
            (d for d in self.main.findChildren(QDockWidget) if "temporal" in d.objectName().lower()), None
        )
        if controller_dock is not None:
            controller_dock.show()
            controller_dock.raise_()
            from qgis.PyQt.QtWidgets import QAbstractButton

            animated = next(
                (b for b in controller_dock.findChildren(QAbstractButton) if b.objectName() == "mNavigationAnimated"),
                None,
            )
            if animated is not None:
                animated.click()
        yield Pause(500)
        context = self.plugin.browser.context
        loaded_before = len(context.loaded)
        button.click()
        yield Wait(lambda: len(context.loaded) > loaded_before and not context.tasks, "the time series to load")
        loader = context.loaded[-1]
        is_series = isinstance(loader, time_series.SeriesLoader)
        rasters = [
            layer
            for layer in (loader.layers if is_series else [])
            if isinstance(layer, QgsRasterLayer)
            and layer.id() in loader.ranges
            and layer.temporalProperties().isActive()
        ]
        ranges = sorted({loader.ranges[layer.id()] for layer in rasters}) if is_series else []
        self.check(
            "time_series_three_dated_layers",
            is_series
            and len(loader.results) == 3
            and len(ranges) == 3
            and len(rasters) >= 3
            and all(a[1] <= b[0] for a, b in zip(ranges, ranges[1:])),
            f"loaded {type(loader).__name__}: {len(getattr(loader, 'results', []))} runs, {len(rasters)} "
            f"dated rasters, ranges {[(str(a), str(b)) for a, b in ranges]}",
        )
        navigation = iface.mapCanvas().temporalController()
        extent = navigation.temporalExtents() if navigation is not None else None
        covers = (
            bool(ranges)
            and extent is not None
            and extent.begin().toMSecsSinceEpoch() <= int(ranges[0][0].timestamp() * 1000)
            and extent.end().toMSecsSinceEpoch() >= int(ranges[-1][1].timestamp() * 1000)
        )
        self.check(
            "time_series_controller_covers",
            covers and controller_dock is not None and controller_dock.isVisible(),
            f"controller extent {extent.begin().toString() if extent else None} – "
            f"{extent.end().toString() if extent else None}; panel shown "
            f"{controller_dock is not None and controller_dock.isVisible()}",
        )
        if navigation is not None and ranges:
            navigation.setFrameDuration(QgsInterval(1.0))  # one second per frame: one run at a time
            navigation.setCurrentFrameNumber(0)
        if is_series:  # the dated runs in view, their legends folded
            for node in loader.group.findLayers():
                node.setExpanded(False)
            for child in loader.group.children():
                child.setExpanded(True)
        if rasters:
            iface.layerTreeView().setCurrentLayer(rasters[0])
            iface.zoomToActiveLayer()
        iface.messageBar().clearWidgets()
        yield Pause(1500)
        self.shoot("time_series")
        if controller_dock is not None:
            self.shoot_widget(controller_dock, "temporal_controller")

    def run_again_steps(self, elevation_run):
        from qgis.PyQt.QtWidgets import QMenu

        from fusion_platform_qgis.gui.run_again import MENU, option_texts, provenance

        self.close_tables()
        groups = self.groups_of(elevation_run)
        layers = [n.layer() for g in groups for n in g.findLayers() if provenance(n.layer()) is not None]
        if not layers:  # any output layer of the elevation process
            process_id = str(elevation_run["process"].get("id"))
            layers = [
                lyr
                for lyr in QgsProject.instance().mapLayers().values()
                if (provenance(lyr) or {}).get("process_id") == process_id
            ]
        self.check("run_again_prefilled", bool(layers), f"no output layer with provenance in {len(groups)} groups")
        if not layers:
            return
        layer = layers[0]
        view = iface.layerTreeView()
        view.setCurrentLayer(layer)
        yield Pause(300)
        menu = view.menuProvider().createContextMenu() if view.menuProvider() is not None else None
        sub = next(
            (
                a.menu()
                for a in (menu.actions() if menu else [])
                if a.menu() is not None and a.menu().title().replace("&", "") == MENU
            ),
            None,
        )
        entry = next((a for a in (sub.actions() if isinstance(sub, QMenu) else []) if a.text() == "Run again…"), None)
        self.check(
            "run_again_prefilled",
            entry is not None,
            f"the layer's context menu has no '{MENU} ▸ Run again…' "
            f"({[a.text() for a in menu.actions()] if menu else 'no menu'})",
        )
        if entry is None:
            return
        run_again = self.plugin.run_again
        before = len(run_again.editors)
        entry.trigger()
        if menu is not None:
            menu.deleteLater()
        yield Wait(
            lambda: (
                len(run_again.editors) > before
                and bool(run_again.editors[-1].snapshot)
                and not run_again.editors[-1].busy
                and run_again.editors[-1].options_form is not None
            ),
            "the pre-filled process editor",
        )
        yield Pause(800)
        editor = run_again.editors[-1]
        record = provenance(layer)
        values = editor.options_form.values()

        def same(a, b) -> bool:
            try:
                return float(a) == float(b)
            except (TypeError, ValueError):
                return str(a).strip().lower() == str(b).strip().lower()

        expected = option_texts(record["options"])
        wrong = {n: (values.get(n), t) for n, t in expected.items() if n in values and not same(values[n], t)}
        self.check(
            "run_again_prefilled",
            bool(expected)
            and not wrong
            and editor.isVisible()
            and not editor.snapshot.get("persisted")
            and not editor.ui.button_execute.isEnabled(),
            f"options differing from the provenance: {wrong}; recorded {sorted(expected)}; editor visible "
            f"{editor.isVisible()}, persisted {editor.snapshot.get('persisted')}",
        )
        editor.move(self.available.center() - editor.rect().center())
        yield Pause(600)
        self.shoot("run_again_editor")
        self.shoot_widget(editor, "run_again_editor")
        editor.ui.button_close.click()
        yield Wait(lambda: not editor.isVisible(), "the editor to close")
        self.check(
            "run_again_prefilled",
            not [r for r in self.runs_named(editor.ui.line_name.text())],
            "closing the editor executed something",
        )

    def final_checks(self) -> None:
        python = [
            m
            for m in self.messages
            if (m["tag"] in ("Python error", "Python warning") or "Traceback" in m["text"])
            and "ResourceWarning" not in m["text"]
        ]
        self.check(
            "no_python_errors_in_message_log",
            not python,
            "; ".join(f"[{m['step']}] {m['tag']}: {m['text'][:300]}" for m in python[:5]),
        )
        leaks = [m for m in self.messages if "ResourceWarning" in m["text"]]
        self.check(NO_RESOURCE_WARNING, not leaks, "; ".join(f"[{m['step']}] {m['text'][:200]}" for m in leaks[:3]))
        for name in (
            OUTPUTS_ONCE,
            STATUS_FOLLOWS_DATA,
            NOTHING_TRUNCATED,
            NO_UNINVITED_WINDOWS,
            LISTS_FIT,
            MESSAGE_BAR_ONE_LINE,
            NUMBERS_IN_LOCALE,
            NO_DEVELOPER_WORDS,
            STATUS_FOLLOWS_MESSAGES,
        ):
            self.checks.setdefault(name, {"ok": False, "details": ["not reached"], "seen": []})


def main() -> None:
    # Python hides ResourceWarning by default; a developer's QGIS (python -X dev) shows it in the message log.
    # Shown here too, so a leaked socket or file is seen (QGIS routes warnings to its "Python warning" log).
    warnings.simplefilter("default", ResourceWarning)
    driver = Driver()
    # Keep a reference for the lifetime of QGIS (the --code module's globals may be collected).
    QgsApplication.instance().setProperty("fp_real_driver", id(driver))
    globals()["_DRIVER"] = driver
    sys.modules[__name__].__dict__["_DRIVER"] = driver
    driver.start()


main()
