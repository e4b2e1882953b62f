"""Output style decisions in plain Python (qgis_support.outputs.styling): visible class colours, legend rounding, previews
stretched for contrast."""

from __future__ import annotations

import numpy as np

from fusion_platform_qgis.qgis_support.outputs import styling

WHITE, BLACK = 1.0, 0.0


def test_white_and_black_classes_stand_out_on_white_and_dark_canvases():
    for colour in [(255, 255, 255), (250, 250, 245), (0, 0, 0), (70, 70, 70)]:
        red, green, blue, alpha = styling.visible_class_colour(*colour)
        seen = styling.luminance(red, green, blue)
        assert styling.contrast(seen, WHITE) >= 2.9 and styling.contrast(seen, BLACK) >= 2.9, (colour, seen)
        assert alpha == 255
    assert styling.visible_class_colour(46, 125, 50) == (46, 125, 50, 255)  # ordinary colours are kept
    assert styling.visible_class_colour(180, 200, 255) == (180, 200, 255, 255)
    assert styling.visible_class_colour(255, 255, 255, 0) == (255, 255, 255, 0)  # transparent stays so
    # The hue survives the toning: a pale yellow stays yellowish.
    red, green, blue, _ = styling.visible_class_colour(250, 240, 200)
    assert red >= green > blue


def test_legend_decimals_follow_the_range():
    assert styling.legend_decimals(12.345678, 912.5) == 0
    assert styling.legend_decimals(1.5, 30.25) == 1
    assert styling.legend_decimals(0.1, 2.0) == 2
    assert styling.legend_decimals(0.001, 0.2) == 3


def test_a_dark_grey_preview_is_stretched_and_a_coloured_one_kept():
    grey = np.linspace(0, 30, 32 * 32).reshape(32, 32).astype(np.uint8)
    dark = np.dstack([grey, grey, grey, np.full_like(grey, 255)])
    out = styling.stretch_grey_rgba(dark)
    assert out is not None and out[..., :3].min() == 0 and out[..., :3].max() == 255
    assert (out[..., 3] == 255).all()
    coloured = dark.copy()
    coloured[..., 1] = 200
    assert styling.stretch_grey_rgba(coloured) is None
    full = np.dstack([np.linspace(0, 255, 32 * 32).reshape(32, 32).astype(np.uint8)] * 3 + [np.full_like(grey, 255)])
    assert styling.stretch_grey_rgba(full) is None  # full range, mid-grey on average: nothing to do
    # Full range but mostly near black (low-lying land with a few hills): lightened to a mid-grey mean.
    skewed = (np.linspace(0, 1, 32 * 32) ** 3 * 255).reshape(32, 32).astype(np.uint8)
    dark = np.dstack([skewed] * 3 + [np.full_like(grey, 255)])
    assert dark[..., 0].mean() < 80
    lighter = styling.stretch_grey_rgba(dark)
    assert lighter is not None and 110 <= lighter[..., 0].mean() <= 150 and lighter[..., 0].std() >= 25
    transparent = dark.copy()
    transparent[..., 3] = 0
    assert styling.stretch_grey_rgba(transparent) is None


def test_an_elevation_preview_gets_the_layers_ramp():
    """Low ground blue, high ground red, as the elevation layer is painted (QGIS's Spectral ramp, inverted)."""
    grey = np.linspace(10, 40, 32 * 32).reshape(32, 32).astype(np.uint8)  # dark and narrow, as previews come
    preview = np.dstack([grey, grey, grey, np.full_like(grey, 255)])
    preview[0, 0, 3] = 0  # nodata stays transparent
    out = styling.ramp_grey_rgba(preview)
    assert out is not None
    low, high = out[1, 0, :3].astype(int), out[-1, -1, :3].astype(int)
    assert low[2] > low[0] + 80, low  # blue
    assert high[0] > high[2] + 120, high  # red
    assert out[0, 0, 3] == 0 and (out[1:, :, 3] == 255).all()
    coloured = preview.copy()
    coloured[..., 1] = 200
    assert styling.ramp_grey_rgba(coloured) is None  # a class-coloured preview keeps its own colours


def test_an_elevation_preview_takes_the_layers_colour_ramp_and_a_coloured_one_is_kept():
    grey = np.linspace(0, 255, 32 * 32).reshape(32, 32).astype(np.uint8)
    image = np.dstack([grey, grey, grey, np.full_like(grey, 255)])
    out = styling.ramp_grey_rgba(image)
    assert out is not None and (out[..., 3] == 255).all()
    low, high = tuple(out[0, 0, :3]), tuple(out[-1, -1, :3])
    assert low == tuple(styling.ELEVATION_RAMP[0][1][:3]) and high == tuple(styling.ELEVATION_RAMP[-1][1][:3])
    assert len({tuple(pixel) for pixel in out[..., :3].reshape(-1, 3)}) > 8  # a ramp, not two colours
    coloured = image.copy()
    coloured[..., 1] = 200
    assert styling.ramp_grey_rgba(coloured) is None
    hidden = image.copy()
    hidden[..., 3] = 0
    assert styling.ramp_grey_rgba(hidden) is None
