"""What users read, as pure logic: plurals, timestamps, option type names, price wording, the Markdown renderer.

These modules must stay Qt-free (the Processing provider uses the renderer without importing ``gui``), so the
first test checks their imports and the provider's layering."""

from __future__ import annotations

import ast
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from fusion_platform_qgis.qgis_support.words import markdown, wording

PLUGIN = Path(__file__).resolve().parents[2] / "fusion_platform_qgis"


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.add("." * node.level + (node.module or ""))
    return names


def test_wording_and_markdown_are_qt_free_and_processing_does_not_import_gui():
    for module in ("wording.py", "markdown.py"):
        imports = _imports(PLUGIN / "qgis_support" / "words" / module)
        assert not {name for name in imports if name.split(".")[0] in ("qgis", "PyQt5", "PyQt6")}, module
    for path in (PLUGIN / "processing_provider").glob("*.py"):
        assert not {name for name in _imports(path) if "gui" in name.split(".")}, path.name


@pytest.mark.parametrize(
    ("text", "n", "expected"),
    [
        ("%n run(s)", 1, "1 run"),
        ("%n run(s)", 0, "0 runs"),
        ("%n run(s), {0} running", 3, "3 runs, {0} running"),
        ("%n process(es)", 1, "1 process"),
        ("%n process(es)", 2, "2 processes"),
        ("{0} of %n line(s)", 1, "{0} of 1 line"),
    ],
)
def test_english_plural_forms(text, n, expected):
    assert wording.english_numerus(text, n) == expected
    assert wording.english(text, None, n) == expected
    assert wording.english(text) == text  # no count: the text as it is


def test_timestamps_of_every_shape_become_aware_datetimes():
    expected = datetime(2026, 12, 1, 9, 5, 7, 123456, tzinfo=timezone.utc)
    assert wording.parse_timestamp("2026-12-01T09:05:07.123456+00:00") == expected
    assert wording.parse_timestamp("2026-12-01T09:05:07.123456Z") == expected
    assert wording.parse_timestamp("2026-12-01T09:05:07.1234567Z") == expected  # seven digits (some servers)
    assert wording.parse_timestamp("2026-12-01T09:05:07.123456") == expected  # no zone: UTC
    assert wording.parse_timestamp(expected.replace(tzinfo=None)) == expected
    paris = wording.parse_timestamp("2026-12-01T10:05:07.123456+01:00")
    assert paris == expected and paris.utcoffset() == timedelta(hours=1)
    for nothing in (None, "", "not a date"):
        assert wording.parse_timestamp(nothing) is None


def test_option_types_in_words():
    assert wording.option_type_text("numeric") == "number"
    assert wording.option_type_text("currency") == "amount"
    assert wording.option_type_text("boolean") == "yes or no"
    assert wording.option_type_text("datetime") == "date and time"
    assert wording.option_type_text("string") == "text"
    assert wording.option_type_text("constrained", ["Metres", "Feet"]) == "one of: Metres, Feet"
    assert wording.option_type_text("something new") == "text"


def test_option_types_go_through_the_given_translation():
    french = {"number": "nombre", "one of: {0}": "parmi : {0}"}
    tr = lambda text, _d=None, _n=-1: french.get(text, text)  # noqa: E731
    assert wording.option_type_text("numeric", tr=tr) == "nombre"
    assert wording.option_type_text("constrained", ["a", "b"], tr=tr) == "parmi : a, b"


def test_option_values_in_words():
    assert wording.value_text("boolean", "true") == "yes" and wording.value_text("boolean", "False") == "no"
    assert wording.value_text("constrained", "feet", ["metres", "feet"], ["Metres", "Feet"]) == "Feet"
    assert wording.value_text("constrained", "yards", ["metres", "feet"], ["Metres", "Feet"]) == "yards"
    assert wording.value_text("numeric", "30") == "30" and wording.value_text("string", None) == ""


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("1.00 + 0.01 * area_km2", (1.0, 0.01)),
        ("0.50+0.005*area_km2", (0.5, 0.005)),
        ("area_km2 * 2 + 3", (3.0, 2.0)),
        ("5", (5.0, 0.0)),
        ("area_km2", (0.0, 1.0)),
        ("0", (0.0, 0.0)),
        ("max(1, area_km2)", None),
        ("1 - area_km2", None),
        ("", None),
        (None, None),
    ],
)
def test_linear_price_expressions(expression, expected):
    assert wording.linear_price(expression) == expected


def test_price_in_words_never_shows_the_formula():
    assert wording.price_text("1.00 + 0.01 * area_km2") == "1 credit per run plus 0.01 credits per km² of the region."
    assert wording.price_text("2.00 + 0.02 * area_km2") == "2 credits per run plus 0.02 credits per km² of the region."
    assert wording.price_text("5") == "5 credits per run."
    assert wording.price_text("0.5 * area_km2") == "0.5 credits per km² of the region."
    assert wording.price_text("0") == "Free."
    assert wording.price_text("max(1, area_km2 ** 2)") == "Depends on the region and the options."
    comma = wording.price_text("0.50 + 0.005 * area_km2", number=lambda v: wording.format_number(v).replace(".", ","))
    assert comma == "0,5 credits per run plus 0,005 credits per km² of the region."


def test_credit_counts_use_plural_forms():
    assert wording.credits_text(1) == "1 credit"
    assert wording.credits_text("3.00") == "3 credits"
    assert wording.credits_text(0.25) == "0.25 credits"


def test_markdown_renders_the_subset_and_escapes_everything_else():
    html = markdown.markdown_to_html("**Sandbox service.** This is *synthetic* data; see `make`.\n\n- one\n1. first")
    assert html == (
        "<p><b>Sandbox service.</b> This is <i>synthetic</i> data; see <code>make</code>.</p>"
        "<ul><li>one</li></ul><ol><li>first</li></ol>"
    )
    hostile = markdown.markdown_to_html(
        '<script>x</script> [a](javascript:alert(1)) [b](https://example.com/b) [c](https://example.com/?q="1")'
    )
    assert "<script" not in hostile and "javascript:" not in hostile and "&lt;script&gt;" in hostile
    assert '<a href="https://example.com/b">b</a>' in hostile and hostile.count("<a ") == 1
    assert "\n" not in markdown.markdown_to_html("line one\nline two\n\nnext")
    assert markdown.markdown_to_html(None) == "" and markdown.escape(None) == ""
