"""Every local path the plugin makes fits Windows' 259 characters from realistic worst base folders, checked with
``ntpath`` over generated names; every component is one Windows and macOS accept (not a reserved device name, no
trailing space or dot, NFC) and sibling files stay distinct when case and normalisation are ignored (issue 26)."""

from __future__ import annotations

import ntpath
import re
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fusion_platform_qgis.api.names import (
    WINDOWS_MAX_PATH,
    PathTooLongError,
    fitted_file_name,
    name_key,
    safe_file_name,
    units,
)
from fusion_platform_qgis.qgis_support.toolbelt.local_paths import PART, VRT_PART, OutputLayout

HEX = "0123456789abcdef" * 2
USER = "Maximilian.Mustermann-Schmidt"
BASES = [
    rf"C:\Users\{USER}\FusionPlatform",  # the docks' default
    rf"C:\Users\{USER}\OneDrive - Landesamt für Vermessung und Geobasisinformation\Documents\FusionPlatform",
    rf"C:\Users\{USER}\AppData\Local\Temp\processing_{HEX}\{HEX}\OUTPUT_FOLDER",  # Processing's default output
    r"C:\Users\Zoë Łukasz 田中\Documents\Fusion Platform 🌍 downloads",
    r"\\fileserver.corp.example\GIS-Projects\2026\Flood Mapping Région Île-de-France\FusionPlatform",
    "/Users/maximilian/Library/CloudStorage/OneDrive-LandesamtFürVermessung/Documents/FusionPlatform",
]
PROFILE = rf"C:\Users\{USER}\AppData\Roaming\QGIS\QGIS3\profiles\default\fusion_platform\data"
RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{d}{n}" for d in ("COM", "LPT") for n in "0123456789¹²³"
}
FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')

server_text = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["CON", "aux", "Nul.txt", "com1.tif", "LPT9 .zip", "aux.geojson", "conin$", "COM¹"]),
    st.builds(lambda a, b: a + b, st.text(max_size=120), st.sampled_from([" ", ".", " . ", "..."])),
    st.builds(lambda a: unicodedata.normalize("NFD", a), st.text(alphabet="eéèêëÉøåØÅçñ田中ŁłZz", max_size=120)),
    st.builds(lambda a, ext: a + ext, st.text(min_size=60, max_size=260), st.sampled_from([".zip", ".tif", ".csv"])),
)
uuids = st.uuids().map(str)


def check_component(part: str) -> None:
    assert part, "empty component"
    assert not FORBIDDEN.search(part), part
    assert part == unicodedata.normalize("NFC", part), part
    assert not part.endswith((" ", ".")), part
    assert part.split(".")[0].rstrip(" ").upper() not in RESERVED, part


def check_path(base: str, path: str, suffix: str = "") -> None:
    assert units(path + suffix) <= WINDOWS_MAX_PATH, (units(path + suffix), path)
    relative = path[len(base) :].lstrip("\\/")
    for part in re.split(r"[\\/]", relative):
        check_component(part)


@pytest.mark.parametrize("base", BASES)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(process=server_text, component=server_text, files=st.lists(server_text, min_size=1, max_size=4), ids=uuids)
def test_outputs_fit_from_every_base(base, process, component, files, ids):
    flavour = ntpath
    layout = OutputLayout(base, process, flavour)
    execution = layout.execution_folder(ids)
    check_path(base, layout.process_folder())
    check_path(base, flavour.join(execution, "manifest.json"), ".part")
    component_dir = layout.component_dir(99, component)
    taken: set = set()
    names = []
    for number, name in enumerate(files + [n.upper() for n in files] + [n.swapcase() for n in files], start=1):
        file_name = layout.file_name(component_dir, number % 3 + 1, name, taken)
        names.append(file_name)
        check_path(base, flavour.join(execution, component_dir, file_name), PART)
    assert len({name_key(n) for n in names}) == len(names)  # distinct on NTFS and APFS
    group = layout.group_folder(ids)
    check_path(base, flavour.join(group, layout.mosaic_name(ids, component, 12, 3)), VRT_PART)
    check_path(base, flavour.join(base, ".previews", ids + ".json"))


@settings(max_examples=200, deadline=None)
@given(name=server_text, limit=st.integers(min_value=16, max_value=200))
def test_a_cut_name_keeps_its_extension_and_its_rules(name, limit):
    whole = safe_file_name(name)
    fitted = safe_file_name(name, limit=limit)
    check_component(fitted)
    assert units(fitted) <= limit
    extension = ntpath.splitext(whole)[1]
    if len(extension) <= 8:
        assert fitted.endswith(extension)


def test_long_zip_output_is_still_a_zip():
    layout = OutputLayout(BASES[2], "Demo: Sentinel-2 Cloud Classification (Processing)", ntpath)
    name = layout.file_name(layout.component_dir(1, "Statistics Aggregator"), 1, "x" * 200 + ".zip", set())
    assert name.lower().endswith(".zip")


@pytest.mark.parametrize("name", ["CON", "aux.geojson", "Nul.txt", "com1", "lpt¹.tif", "prn .csv"])
def test_reserved_device_names_never_used(name):
    check_component(safe_file_name(name))
    check_component(OutputLayout(BASES[0], name, ntpath).process)


def test_cut_at_the_limit_never_ends_in_space_or_dot():
    name = "A" * 30 + " " * 5 + "." * 5 + "B" * 200
    layout = OutputLayout(BASES[1], name, ntpath)
    check_component(layout.process)


def test_data_items_in_the_profile_fit():
    for name in ["x" * 250 + ".tif", "CON.zip", "Forêt.zip"]:
        path = ntpath.join(
            PROFILE, "A" * 80 + "_0123abcd", fitted_file_name(ntpath.join(PROFILE, "A" * 80 + "_0123abcd"), name)
        )
        assert units(path + PART) <= WINDOWS_MAX_PATH


def test_a_folder_too_deep_is_refused_before_anything():
    deep = "C:\\" + "\\".join(["Very long folder name"] * 9)
    with pytest.raises(PathTooLongError) as caught:
        OutputLayout(deep, "process", ntpath)
    assert caught.value.folder == deep and caught.value.needed > WINDOWS_MAX_PATH
