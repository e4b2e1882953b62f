"""Pure logic that still needs Qt: the log viewer's level parsing and filtering, and class names of a layer
(the run logic and the monitor's watch units are Qt-free: tests/unit/test_runs.py)."""

from __future__ import annotations


def test_log_levels_filter_and_search(qgis_app):
    from fusion_platform_qgis.gui.log_viewer import filter_lines, split_level, to_lines

    assert split_level({"message": "ERROR: it broke"}) == ("ERROR", "it broke")
    assert split_level({"message": "plain text"}) == ("INFO", "plain text")
    lines = to_lines(
        [
            {"logged_at": "2026-01-01T00:00:02", "message": "WARNING: slow"},
            {"logged_at": "2026-01-01T00:00:01", "message": "INFO: started"},
            {"logged_at": "2026-01-01T00:00:03", "message": "ERROR: failed badly"},
        ]
    )
    assert [line.level for line in lines] == ["INFO", "WARNING", "ERROR"]
    assert [line.level for line in filter_lines(lines, "WARNING")] == ["WARNING", "ERROR"]
    assert [line.message for line in filter_lines(lines, "DEBUG", "BADLY")] == ["failed badly"]


def test_class_names_from_selectors_and_metadata(qgis_app):
    from fusion_platform_qgis.qgis_support.outputs.run_layers import class_names

    assert class_names({}, [{"initial_values": ["Ground", "Shadow"]}]) == {0: "Ground", 1: "Shadow"}
    assert class_names({"metadata": {"CLASS_2": "Water"}, "category_names": {"0": "Land"}}) == {0: "Land", 2: "Water"}
    assert class_names({}, None, "Other service") == {}
