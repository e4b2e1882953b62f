"""safe_file_name / contained_path: any server-supplied text becomes one harmless path component."""

from __future__ import annotations

import os

import pytest

from fusion_platform_qgis.api.errors import TransferError
from fusion_platform_qgis.api.names import check_inside, contained_path, is_inside, safe_file_name


@pytest.mark.parametrize(
    "name, expected",
    [
        ("../../escape.txt", "escape.txt"),
        ("/etc/passwd", "passwd"),
        ("..\\..\\x.dll", "x.dll"),
        ("C:\\Windows\\x.txt", "x.txt"),
        ("C:x.txt", "C_x.txt"),
        ("..", "file"),
        (".", "file"),
        ("", "file"),
        (None, "file"),
        ("../", "file"),
        (" .. ", "file"),
        ("nul", "_nul"),
        ("CON.txt", "_CON.txt"),
        ("a\x00b.txt", "a_b.txt"),
        ("line\nbreak.txt", "line_break.txt"),
        ("trailing. . ", "trailing"),
        (".collection.stac", ".collection.stac"),
        ("output.tif", "output.tif"),
        ("été.tif", "été.tif"),
    ],
)
def test_safe_file_name(name, expected):
    assert safe_file_name(name) == expected


def test_long_names_keep_their_extension():
    name = safe_file_name("x" * 500 + ".tif")
    assert len(name) <= 200 and name.endswith(".tif")


def test_contained_path_and_check_inside(tmp_path):
    assert contained_path(tmp_path, "../../x.tif") == os.path.join(str(tmp_path), "x.tif")
    assert is_inside(tmp_path, tmp_path / "a" / "b")
    assert not is_inside(tmp_path / "a", tmp_path / "a" / ".." / "b")
    with pytest.raises(TransferError):
        check_inside(tmp_path / "a", str(tmp_path / "b"))
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "link").symlink_to(tmp_path)
    with pytest.raises(TransferError):
        check_inside(tmp_path / "a", tmp_path / "a" / "link" / "x")
