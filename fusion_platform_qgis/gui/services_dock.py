"""Services dock: every service of the organisation, searchable and grouped, with its documentation.

The list comes from ``organisation.services`` (all pages, in a task) whenever the organisation changes. Search
is local and instant over name, keywords, categories and documentation text. Selecting a service renders its
documentation through :mod:`.markdown` (escaped, no remote loads) and, in a background task, fetches its process
template once to show the machine-readable inputs (file types) and options (types, defaults, ranges) - services
themselves carry only prose (docs/api-contract.md §6.6). "New process" opens the :class:`ProcessEditor`.
"""

from __future__ import annotations

from typing import Any, Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QTreeWidgetItem

from ..api import options as opt
from ..qgis_support.toolbelt.log import log_warning
from ..qgis_support.toolbelt.tasks import run_task
from ..qgis_support.words.i18n import format_decimal, tr
from ..qgis_support.words.messages import error_text
from ..qgis_support.words.wording import option_type_text, price_text, value_text
from .base_dock import FormDock
from .markdown import SafeTextBrowser, escape, markdown_to_html
from .ui import load_form
from .widgets.panel_list import fit_name_column, theme_icon

GROUP_CATEGORY, GROUP_KEYWORD = 0, 1
SERVICE_ROLE = Qt.ItemDataRole.UserRole + 1


def service_text(service) -> str:
    """Everything the search box matches against, lower-cased."""
    parts = [service.name or ""]
    parts += list(service.keywords or []) + list(service.categories or [])
    for key in (
        "documentation_summary",
        "documentation_description",
        "documentation_assumptions",
        "documentation_performance",
    ):
        parts.append(getattr(service, key) or "")
    for key in ("documentation_inputs", "documentation_outputs", "documentation_options"):
        parts += [str(line) for line in getattr(service, key) or []]
    return "\n".join(parts).lower()


def matches(service, query: str) -> bool:
    """All words of the query must appear somewhere in the service's text."""
    text = service_text(service)
    return all(word in text for word in query.lower().split())


def option_summary(option: dict) -> str:
    """Kind of value (in words, not the API's type name), default and range/choices of an option as one line."""
    spec = opt.OptionSpec.from_wire(option)
    bits = [option_type_text(spec.data_type, spec.constrained_names, tr)]
    low, high = spec.rules.get("min"), spec.rules.get("max")
    if low or high:
        bits.append(tr("from {0} to {1}").format(low or "…", high or "…"))
    if str(spec.rules.get("max_length") or "").isdigit():
        bits.append(tr("at most %n character(s)", None, int(spec.rules["max_length"])))
    if option.get("value") not in (None, ""):
        bits.append(
            tr("default {0}").format(
                value_text(spec.data_type, option.get("value"), spec.constrained_values, spec.constrained_names, tr)
            )
        )
    bits.append(tr("required") if spec.required else tr("optional"))
    return "; ".join(bits)


def service_html(service, template: Optional[dict] = None) -> str:
    """The details pane: safe HTML only (every server string escaped or rendered by markdown_to_html)."""
    out = [f"<h3>{escape(service.name)}</h3>"]
    meta = []
    if service.categories:
        meta.append(tr("Categories: {0}").format(escape(", ".join(service.categories))))
    if service.keywords:
        meta.append(tr("Keywords: {0}").format(escape(", ".join(service.keywords))))
    if meta:
        out.append("<p><small>" + "<br/>".join(meta) + "</small></p>")
    out.append(markdown_to_html(service.documentation_summary))
    if service.documentation_description:
        out.append(markdown_to_html(service.documentation_description))
    out.append(f"<h4>{escape(tr('Inputs'))}</h4><ul>")
    if template is not None:
        for entry in template.get("inputs") or []:
            title = entry.get("title") or tr("Input {0}").format(entry.get("input"))
            description = entry.get("description") or ""
            out.append(
                f"<li><b>{escape(title)}</b> ({escape(entry.get('file_type'))})"
                + (f": {escape(description)}" if description else "")
                + "</li>"
            )
    else:
        out += [f"<li>{escape(line)}</li>" for line in service.documentation_inputs or []]
    out.append("</ul>")
    if template is not None:
        out.append(f"<h4>{escape(tr('Options'))}</h4><ul>")
        for option in template.get("options") or []:
            title = option.get("title") or option.get("name")
            out.append(
                f"<li><b>{escape(title)}</b> <code>{escape(option.get('name'))}</code>: "
                f"{escape(option_summary(option))}"
                + (f"<br/>{escape(option.get('description'))}" if option.get("description") else "")
                + "</li>"
            )
        out.append("</ul>")
        dispatchers = [d.get("name") for d in template.get("available_dispatchers") or []]
        if dispatchers:
            out.append("<p>" + escape(tr("Dispatchers: {0}").format(", ".join(map(str, dispatchers)))) + "</p>")
    elif service.documentation_options:
        out.append(f"<h4>{escape(tr('Options'))}</h4><ul>")
        out += [f"<li>{escape(line)}</li>" for line in service.documentation_options]
        out.append("</ul>")
    if service.documentation_outputs:
        out.append(f"<h4>{escape(tr('Outputs'))}</h4><ul>")
        out += [f"<li>{escape(line)}</li>" for line in service.documentation_outputs]
        out.append("</ul>")
    basis = service.charge_expression_platform
    out.append(f"<h4>{escape(tr('Price'))}</h4>")
    if basis:
        out.append(
            "<p>"
            + escape(price_text(basis, tr, format_decimal))
            + "<br/>"
            + escape(tr("The exact price is shown when the process is created, before anything runs."))
            + "</p>"
        )
    else:
        out.append("<p>" + escape(tr("The price is shown when the process is created.")) + "</p>")
    return "".join(out)


class ServicesDock(FormDock):
    FORM = load_form(__file__)
    OBJECT_NAME = "fusion_platform_services_dock"

    def __init__(self, state, parent=None):
        super().__init__(state, tr("Services"), parent)
        self.services: list = []
        self.templates: dict[str, Optional[dict]] = {}  # service id -> template (None: being read)
        self.editors: list = []
        self.task = None
        self.loading = False
        self.browser_details = SafeTextBrowser(self.ui.widget_details)
        self.browser_details.setObjectName("browser_details")
        self.ui.layout_details.addWidget(self.browser_details)
        self.ui.line_search.textChanged.connect(self.populate)
        self.ui.combo_group.currentIndexChanged.connect(self.populate)
        self.ui.button_refresh.clicked.connect(self.refresh)
        fit_name_column(self.ui.tree_services)  # one column: the name elides at its end, nothing scrolls sideways
        self.ui.tree_services.currentItemChanged.connect(self._selection_changed)
        self.ui.tree_services.itemDoubleClicked.connect(lambda item, _col: self.new_process())
        self.ui.button_new_process.clicked.connect(self.new_process)
        self.ui.button_refresh.setEnabled(False)
        if state.organisation is not None:
            self.on_organisation_changed(state.organisation)

    # -- state --------------------------------------------------------------------------------------------------------
    def on_organisation_changed(self, organisation) -> None:
        self.services = []
        self.templates = {}
        self.populate()
        self.ui.button_refresh.setEnabled(organisation is not None)
        if organisation is None:
            self.ui.label_status.setText(tr("Log in from the Account dock to browse services."))
            return
        self.refresh()

    def on_disconnected(self) -> None:
        self.on_organisation_changed(None)

    def refresh(self) -> None:
        organisation = self.state.organisation
        if organisation is None or self.loading:
            return
        self.loading = True
        self.ui.label_status.setText(tr("Loading services…"))

        def done(services):
            self.loading = False
            if organisation is not self.state.organisation:
                # The organisation changed while this list loaded (its refresh was skipped as "loading"):
                # load the current one now, or the dock would stay empty.
                self.refresh()
                return
            self.services = sorted(services, key=lambda s: (s.name or "").lower())
            self.ui.label_status.setText(tr("%n service(s)", None, len(self.services)))
            self.populate()

        def failed(error):
            self.loading = False
            if organisation is not self.state.organisation:
                self.refresh()
                return
            if self.state.report_error(error):
                return
            self.ui.label_status.setText(
                tr("Could not load the services: {0}").format(error_text(error, self.state.connection))
            )
            log_warning(f"Services: {error}")

        self.task = run_task(
            tr("Loading Fusion Platform services"), lambda task: list(organisation.services), done, failed, silent=True
        )

    # -- list -------------------------------------------------------------------------------------------------------
    def visible_services(self) -> list:
        query = self.ui.line_search.text().strip()
        return [s for s in self.services if not query or matches(s, query)]

    def populate(self, *_args) -> None:
        tree = self.ui.tree_services
        selected = self.selected_service()
        tree.clear()
        by_keyword = self.ui.combo_group.currentIndex() == GROUP_KEYWORD
        groups: dict[str, list] = {}
        for service in self.visible_services():
            keys = list(service.keywords if by_keyword else service.categories) or [tr("Other")]
            for key in keys:
                groups.setdefault(str(key), []).append(service)
        for key in sorted(groups, key=str.lower):
            group = QTreeWidgetItem(tree, [key])
            group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            group.setIcon(0, theme_icon("/mIconFolderOpen.svg"))
            for service in groups[key]:
                item = QTreeWidgetItem(group, [service.name])
                item.setData(0, SERVICE_ROLE, str(service.id))
                item.setIcon(0, theme_icon("/processingAlgorithm.svg"))  # as QGIS's Processing toolbox lists them
                summary = (service.documentation_summary or "").split("\n")[0]
                item.setToolTip(0, "\n".join(t for t in (service.name, summary) if t))
                if selected is not None and str(selected.id) == str(service.id) and tree.currentItem() is None:
                    tree.setCurrentItem(item)
        tree.expandAll()
        if tree.currentItem() is None:
            self._show(None)

    def service_items(self) -> list[QTreeWidgetItem]:
        tree = self.ui.tree_services
        return [
            tree.topLevelItem(i).child(j)
            for i in range(tree.topLevelItemCount())
            for j in range(tree.topLevelItem(i).childCount())
        ]

    def select_service(self, name: str) -> bool:
        """Select the first listed service with this name (tests, and keyboard users)."""
        for item in self.service_items():
            if item.text(0) == name:
                self.ui.tree_services.setCurrentItem(item)
                return True
        return False

    def selected_service(self):
        item = self.ui.tree_services.currentItem()
        service_id = item.data(0, SERVICE_ROLE) if item is not None else None
        return next((s for s in self.services if str(s.id) == service_id), None) if service_id else None

    def _selection_changed(self, *_args) -> None:
        self._show(self.selected_service())

    def _show(self, service) -> None:
        self.ui.button_new_process.setEnabled(service is not None)
        if service is None:
            self.browser_details.setHtml("")
            return
        key = str(service.id)
        self.browser_details.setHtml(service_html(service, self.templates.get(key)))
        if key not in self.templates:
            self._load_template(service)

    def _load_template(self, service) -> None:
        organisation = self.state.organisation
        if organisation is None:
            return
        key = str(service.id)
        self.templates[key] = None  # loading

        def work(task) -> dict[str, Any]:
            template = organisation.new_process("preview", service)  # a GET; nothing is created
            return {
                "inputs": [i.attributes for i in template.inputs],
                "options": [o.attributes for o in template.options],
                "available_dispatchers": [d.attributes for d in template.available_dispatchers],
            }

        def done(template):
            self.templates[key] = template
            current = self.selected_service()
            if current is not None and str(current.id) == key:
                self.browser_details.setHtml(service_html(current, template))

        def failed(error):
            self.templates.pop(key, None)
            self.state.report_error(error)
            log_warning(f"Could not load the definition of {service.name}: {error}")

        run_task(tr("Loading the definition of {0}").format(service.name), work, done, failed, silent=True)

    # -- actions ----------------------------------------------------------------------------------------------------
    def new_process(self, service=None):
        """Open the process editor for the (selected) service; returns the editor."""
        from .process_editor import ProcessEditor

        service = service or self.selected_service()
        if service is None or self.state.organisation is None:
            return None
        editor = ProcessEditor(self.state, self.iface.mainWindow() if self.iface is not None else None)
        editor.finished.connect(lambda _result, e=editor: self._forget(e))
        self.editors.append(editor)
        editor.open_service(service)
        editor.show()
        return editor

    def _forget(self, editor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def shutdown(self) -> None:
        for editor in list(self.editors):
            editor.close()
            editor.deleteLater()
        self.editors = []
        if self.task is not None and not self.task.done:
            self.task.cancel()
        super().shutdown()
