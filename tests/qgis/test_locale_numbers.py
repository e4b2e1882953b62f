"""Credits and prices are read in the user's locale, with its thousands separator, even where QGIS's own default
locale leaves the separator out (QGIS does unless "Show group separator" is ticked)."""

from __future__ import annotations

import pytest
from qgis.PyQt.QtCore import QLocale


@pytest.fixture
def locale_without_separator():
    before = QLocale()

    def use(language, country):
        locale = QLocale(language, country)
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # as QGIS sets it by default
        QLocale.setDefault(locale)

    yield use
    QLocale.setDefault(before)


def test_credits_have_the_locales_thousands_separator(qgis_app, locale_without_separator):
    from fusion_platform_qgis.gui.account_dock import format_credits
    from fusion_platform_qgis.qgis_support.words.i18n import format_amount, format_decimal

    locale_without_separator(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert QLocale().toString(10000.0, "f", 0) == "10000"  # what the docks showed
    assert format_amount(10000) == "10,000"
    assert format_amount(1.05) == "1.05"
    assert format_credits("10000.0") == "10,000"
    assert format_decimal(12500.5) == "12,500.5"
    locale_without_separator(QLocale.Language.French, QLocale.Country.France)
    assert format_amount(10000.5).replace("\u202f", " ").replace("\xa0", " ") == "10 000,50"
