"""Colour and label decisions of the output styles, in plain Python (no Qt, no QGIS; tests/unit/test_styling.py).

* Class colours: a file's colour table may paint a class white (the cloud classification's "Thick Cloud") or
  black, which vanishes on a white (or dark) map canvas. Such colours are toned towards the middle of the
  lightness range, keeping their hue, until they stand out against both a white and a black background.
* Preview thumbnails: a grey preview whose values crowd a narrow range (an elevation preview of a flat area looks
  nearly black) is stretched to its 2nd-98th percentile; coloured previews (class colours) are left alone.
* Previews in the layer's own colours: an elevation preview (grey on the platform) is painted with the ramp the
  elevation layer gets (``layer_styles.style_elevation``: QGIS's "Spectral", inverted), stretched over its own values as
  the layer is over its value range, so the thumbnail looks like the layer it stands for.
* Legends: value labels rounded to what the range needs instead of six decimals.
"""

from __future__ import annotations

from typing import Any

# Relative luminance limits (WCAG definition, 0 = black .. 1 = white) a class colour is kept within: at most
# MAX_LUMINANCE has a contrast of 3:1 or more against white, at least MIN_LUMINANCE 3:1 or more against black.
MAX_LUMINANCE = 0.30
MIN_LUMINANCE = 0.10
# Only colours this close to white are changed (a light blue "Thin Cloud" keeps its colour); dark ones are lifted
# to MIN_LUMINANCE (a dark grey "Shadow" stays dark, but no longer disappears on a black canvas).
LIGHT_LIMIT = 0.80
DARK_LIMIT = MIN_LUMINANCE


# A grey preview darker than this on average (0..1) is lightened with a gamma.
DARK_PREVIEW_MEAN = 0.42


def _linear(channel: float) -> float:
    c = channel / 255.0
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _srgb(linear: float) -> int:
    linear = min(1.0, max(0.0, linear))
    c = linear * 12.92 if linear <= 0.0031308 else 1.055 * linear ** (1 / 2.4) - 0.055
    return int(round(c * 255))


def luminance(red: int, green: int, blue: int) -> float:
    return 0.2126 * _linear(red) + 0.7152 * _linear(green) + 0.0722 * _linear(blue)


def contrast(first: float, second: float) -> float:
    """WCAG contrast ratio of two relative luminances."""
    light, dark = max(first, second), min(first, second)
    return (light + 0.05) / (dark + 0.05)


def visible_class_colour(red: int, green: int, blue: int, alpha: int = 255) -> tuple[int, int, int, int]:
    """The colour to draw a class with: unchanged unless it is (nearly) white or black, else toned (hue kept)."""
    current = luminance(red, green, blue)
    if DARK_LIMIT <= current <= LIGHT_LIMIT or alpha == 0:
        return int(red), int(green), int(blue), int(alpha)
    target = MAX_LUMINANCE if current > LIGHT_LIMIT else MIN_LUMINANCE
    if current <= 0.0:
        grey = _srgb(target)
        return grey, grey, grey, int(alpha)
    factor = target / current
    return _srgb(_linear(red) * factor), _srgb(_linear(green) * factor), _srgb(_linear(blue) * factor), int(alpha)


def legend_decimals(minimum: float, maximum: float) -> int:
    """Decimal places a legend of values from ``minimum`` to ``maximum`` needs (0 for a span of 100 or more)."""
    span = abs(float(maximum) - float(minimum))
    if span >= 100:
        return 0
    if span >= 10:
        return 1
    if span >= 1:
        return 2
    return 3


def _grey_image(pixels: Any) -> Any:
    """(array, visible mask, RGB as int16) of an RGB(A) image whose visible pixels are grey, or None when it is not
    an image, has no visible pixel or is coloured (class colours must not be stretched or ramped)."""
    import numpy as np

    array = np.asarray(pixels)
    if array.ndim != 3 or array.shape[2] < 3:
        return None
    visible = array[..., 3] > 0 if array.shape[2] > 3 else np.ones(array.shape[:2], bool)
    if not visible.any():
        return None
    rgb = array[..., :3].astype(np.int16)
    if np.abs(rgb[..., 0] - rgb[..., 1]).max() > 2 or np.abs(rgb[..., 0] - rgb[..., 2]).max() > 2:
        return None
    return array, visible, rgb


def stretch_grey_rgba(pixels: Any, low_percent: float = 2.0, high_percent: float = 98.0) -> Any:
    """A contrast-stretched copy of a grey RGBA image (numpy array H x W x 4, uint8), or None to keep it.

    The visible values are stretched to their 2nd-98th percentile, then a gamma brings a dark image's mean to
    mid-grey (an elevation preview of low-lying land is mostly near black even when its range is full). None when
    the image is coloured (stretching would change class colours), has no visible pixel, or needs neither."""
    import numpy as np

    grey_image = _grey_image(pixels)
    if grey_image is None:
        return None
    array, visible, rgb = grey_image
    grey = rgb[..., 0][visible].astype(np.float32)
    low, high = np.percentile(grey, [low_percent, high_percent])
    if high - low < 1:
        return None
    stretch = not (low <= 8 and high >= 247)
    values = (
        np.clip((rgb[..., :3].astype(np.float32) - low) / (high - low), 0, 1)
        if stretch
        else rgb[..., :3].astype(np.float32) / 255.0
    )
    mean = float(values[..., 0][visible].mean())
    dark = mean < DARK_PREVIEW_MEAN
    if not stretch and not dark:
        return None
    if dark and mean > 0:
        # The gamma that puts the mean on mid-grey, found by bisection (a dozen steps on a thumbnail).
        seen = values[..., 0][visible]
        low_gamma, high_gamma = 0.05, 1.0
        for _ in range(16):
            gamma = (low_gamma + high_gamma) / 2
            if float((seen**gamma).mean()) < 0.5:
                high_gamma = gamma
            else:
                low_gamma = gamma
        values = values ** ((low_gamma + high_gamma) / 2)
    out = array.copy()
    out[..., :3] = np.clip(values * 255.0 + 0.5, 0, 255).astype(np.uint8)
    return out


# QGIS's "Spectral" ramp (ColorBrewer, five stops) inverted, as layer_styles.style_elevation paints elevation: low blue,
# high red.
ELEVATION_RAMP = (
    (0.00, (43, 131, 186)),
    (0.25, (171, 221, 164)),
    (0.50, (255, 255, 191)),
    (0.75, (253, 174, 97)),
    (1.00, (215, 25, 28)),
)


def ramp_grey_rgba(
    pixels: Any, stops: Any = ELEVATION_RAMP, low_percent: float = 2.0, high_percent: float = 98.0
) -> Any:
    """A grey RGBA image (numpy H x W x 4, uint8) painted with a colour ramp over its visible values (2nd-98th
    percentile, as the layer's ramp spans its value range), or None when it is not grey or has nothing visible."""
    import numpy as np

    grey_image = _grey_image(pixels)
    if grey_image is None:
        return None
    array, visible, rgb = grey_image
    grey = rgb[..., 0].astype(np.float32)
    low, high = np.percentile(grey[visible], [low_percent, high_percent])
    scaled = np.clip((grey - low) / max(float(high - low), 1.0), 0, 1)
    positions = [float(position) for position, _colour in stops]
    out = array.copy()
    for channel in range(3):
        values = [float(colour[channel]) for _position, colour in stops]
        out[..., channel] = np.clip(np.interp(scaled, positions, values) + 0.5, 0, 255).astype(np.uint8)
    return out
