"""Which plugin modules run under PyQt6 without QGIS (QGIS 4's ``qgis.PyQt`` and nothing else of ``qgis``).

Every module is imported (import_survey.py, in its own process). A module that needs ``qgis.core``/``qgis.gui``
(directly or through another module) is listed in QGIS_BOUND: it cannot run here. The test fails when a listed
module imports (take it off the list: the list only shrinks as Qt-only pieces move out of QGIS-bound modules),
when an unlisted one does not, and when any module fails for another reason than a missing QGIS module (that
would be a real Qt6 problem). Every module that imports and uses Qt is exercised in test_qt6_qt_only.py.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
PLUGIN = HERE.parents[1] / "fusion_platform_qgis"

# Modules that import qgis.core or qgis.gui themselves or through another plugin module.
QGIS_BOUND = frozenset(
    "fusion_platform_qgis." + name
    for name in """
    plugin
    gui.account_dock gui.account_profile gui.base_dock gui.connection_dialog gui.data_details gui.data_dock
    gui.data_drop gui.data_listing gui.data_messages gui.data_upload gui.map_tools gui.options_page gui.process_editor gui.process_editor_inputs
    gui.process_editor_presets gui.processes_dock gui.run_again gui.services_dock gui.upload_dialog
    gui.credit_prompt gui.run_details gui.run_tree gui.upload_states gui.widgets.credit_thresholds gui.widgets.panel_list
    gui.browser gui.browser.actions gui.browser.base gui.browser.context gui.browser.data_items gui.browser.drag
    gui.browser.local gui.browser.process_items gui.browser.provider
    gui.executions.actions gui.executions.components gui.executions.context gui.executions.dock gui.executions.listing
    gui.executions.notifications
    gui.executions.outputs gui.executions.previews
    processing_provider.algorithm processing_provider.definitions processing_provider.provider
    processing_provider.session
    qgis_support.session.auth qgis_support.toolbelt.compat qgis_support.session.connect qgis_support.data.item_layers qgis_support.outputs.run_layers
    qgis_support.toolbelt.log qgis_support.words.messages qgis_support.session.network qgis_support.outputs.downloads
    qgis_support.pipeline qgis_support.pipeline.follow qgis_support.pipeline.inputs qgis_support.pipeline.process
    qgis_support.pipeline.results qgis_support.pipeline.runner qgis_support.session.presets qgis_support.outputs.previews
    qgis_support.data.region qgis_support.data.region.common qgis_support.data.region.files qgis_support.data.region.raster qgis_support.data.region.vector
    qgis_support.session.settings qgis_support.session.plugin_state qgis_support.outputs.streaming qgis_support.toolbelt.tasks qgis_support.outputs.time_series
    qgis_support.data.uploads qgis_support.outputs.layer_styles qgis_support.outputs.provenance
    qgis_support.pipeline.credit_guard qgis_support.pipeline.run_context
    """.split()
)

# The Qt-only modules and the test of test_qt6_qt_only.py that builds and drives their classes.
EXERCISED = {
    "fusion_platform_qgis.gui.executions.model": "test_runs_model_lists_a_run_and_its_cells",
    "fusion_platform_qgis.gui.executions.delegate": "test_progress_delegate_paints_a_bar",
    "fusion_platform_qgis.gui.widgets.option_editors": "test_options_form_edits_validates_and_shows_errors",
    "fusion_platform_qgis.gui.widgets.schedule_editor": "test_schedule_editor_round_trips_its_fields",
    "fusion_platform_qgis.gui.widgets.dispatcher_editor": "test_dispatcher_editor_selects_and_splits_secrets",
    "fusion_platform_qgis.gui.log_viewer": "test_log_viewer_filters_lines",
    "fusion_platform_qgis.gui.password_dialog": "test_password_dialog_enables_ok_only_for_a_good_password",
    "fusion_platform_qgis.gui.stac_dialog": "test_stac_dialog_shows_and_saves_documents",
    "fusion_platform_qgis.gui.markdown": "test_safe_text_browser_loads_no_resource",
    "fusion_platform_qgis.gui.ui": "test_ui_loads_forms_and_asks",
    "fusion_platform_qgis.qgis_support.words.i18n": "test_i18n_translates_plurals_and_dates",
    "fusion_platform_qgis.gui.widgets.spend_chart": "test_spend_chart_draws_a_bar_per_month",
}


@pytest.fixture(scope="module")
def survey():
    run = subprocess.run(
        [sys.executable, str(HERE / "import_survey.py")], capture_output=True, text=True, env=_env(), timeout=300
    )
    assert run.returncode == 0, run.stderr[-4000:]
    return json.loads(run.stdout)


def _env():
    import os

    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def test_every_module_was_tried(survey):
    assert len(survey) == len(list(PLUGIN.rglob("*.py"))) > 90


def test_only_missing_qgis_modules_stop_an_import(survey):
    other = {
        name: failure["error"]
        for name, failure in survey.items()
        if failure and not (failure["missing"] or "").startswith(("qgis.core", "qgis.gui", "qgis._"))
    }
    assert not other, f"failing under PyQt6 for a reason other than QGIS itself: {json.dumps(other, indent=1)}"


def test_qgis_bound_list_is_exact(survey):
    failing = {name for name, failure in survey.items() if failure}
    runs_now = sorted(QGIS_BOUND - failing)
    newly_bound = sorted(failing - QGIS_BOUND)
    assert not runs_now, f"these run under PyQt6 now: take them off QGIS_BOUND and exercise them: {runs_now}"
    assert not newly_bound, f"these no longer import without QGIS: {newly_bound}"


def _uses_qt(module: str) -> bool:
    path = PLUGIN.parent / (module.replace(".", "/") + ".py")
    if not path.exists():
        path = path.with_suffix("") / "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(
        isinstance(node, ast.ImportFrom) and (node.module or "").startswith("qgis.PyQt") for node in ast.walk(tree)
    )


def test_every_runnable_qt_module_is_exercised(survey):
    import test_qt6_qt_only

    runnable_qt = {name for name, failure in survey.items() if not failure and _uses_qt(name)}
    assert runnable_qt == set(EXERCISED), (sorted(runnable_qt - set(EXERCISED)), sorted(set(EXERCISED) - runnable_qt))
    for module, test_name in EXERCISED.items():
        assert callable(getattr(test_qt6_qt_only, test_name, None)), (module, test_name)


def test_the_tier_has_nothing_of_qgis_but_qgis_pyqt():
    """The stand-in ``qgis`` package must not grow a ``core`` or ``gui``: a module would then run here by luck."""
    import pkgutil

    import qgis

    assert [m.name for m in pkgutil.iter_modules(qgis.__path__)] == ["PyQt"]
    with pytest.raises(ImportError):
        import qgis.core
