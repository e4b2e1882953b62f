"""French and German: the staged plugin ships compiled catalogues and its ``tr()``/forms really switch language.

Why these checks: a translation only reaches users if (1) ``make stage`` compiled a ``.qm`` into the plugin's
``i18n`` folder, (2) the runtime looks strings up in the same context pylupdate5 filed them under (``@default`` for
the module-level ``tr()``, the form class for ``.ui`` strings), and (3) every catalogue entry is finished and keeps
the source's placeholders — a lost ``{1}`` makes ``str.format`` silently drop data, an extra one raises IndexError.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("fr", "de")
PLACEHOLDER = re.compile(r"\{\d+\}|%(?:L?\d+|n|p)")

# (source, French, German) of a few strings from different modules; all in the @default context.
KNOWN = [
    ("Log in from the Account dock to see your processes.",
     "Connectez-vous depuis le panneau Compte pour voir vos processus.",
     "Melden Sie sich im Bedienfeld „Konto“ an, um Ihre Prozesse zu sehen."),
    ("Not enough credits: the process costs {0} credits but the organisation has {1}.",
     "Crédits insuffisants : le processus coûte {0} crédits, mais l'organisation n'en a que {1}.",
     "Nicht genügend Credits: Der Prozess kostet {0} Credits, die Organisation hat aber nur {1}."),
    ("Current map extent", "Emprise actuelle de la carte", "Aktuelle Kartenausdehnung"),
    ("Could not refresh the Processing algorithms: {0}",
     "Impossible d'actualiser les algorithmes de Traitements : {0}",
     "Die Verarbeitungsalgorithmen konnten nicht aktualisiert werden: {0}"),
]
# Strings of .ui forms live in the form's own context.
KNOWN_FORMS = [
    ("AccountDock", "Log in", "Se connecter", "Anmelden"),
    ("DataDock", "Add to map", "Ajouter à la carte", "Zur Karte hinzufügen"),
    ("PasswordDialog", "Change Fusion Platform password", "Changer le mot de passe Fusion Platform",
     "Passwort für die Fusion Platform ändern"),
]


def _expected(row, language: str) -> str:
    return row[-2] if language == "fr" else row[-1]


def _messages(ts: Path):
    """(context, source, translation element) of every message of a .ts file."""
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation")


@pytest.fixture
def translator(qgis_app, request):
    """Installs the plugin's translator for ``request.param`` and always removes it again."""
    from fusion_platform_qgis.qgis_support.i18n import install_translator, remove_translator

    installed = install_translator(request.param)
    yield installed
    remove_translator(installed)


@pytest.mark.parametrize("language", LANGUAGES)
def test_staged_plugin_ships_compiled_catalogues(staged_plugin_dir, language):
    from fusion_platform_qgis.qgis_support.resources import i18n_dir

    qm = staged_plugin_dir / "i18n" / f"fusion_platform_{language}.qm"
    assert qm.is_file() and qm.stat().st_size > 1000, f"{qm} missing or empty: run 'make stage'"
    assert i18n_dir().resolve() == qm.parent.resolve()  # the runtime looks in the staged folder


@pytest.mark.parametrize("translator", LANGUAGES, indirect=True)
def test_tr_returns_the_translation_and_english_comes_back(translator, request):
    from qgis.PyQt.QtCore import QCoreApplication

    from fusion_platform_qgis.qgis_support.i18n import remove_translator, tr

    language = request.node.callspec.params["translator"]
    assert translator is not None
    for row in KNOWN:
        assert tr(row[0]) == _expected(row, language)
    assert tr(KNOWN[1][0]).format(12, 3).startswith({"fr": "Crédits insuffisants : ", "de": "Nicht genügend"}[language])
    for context, source, *_ in KNOWN_FORMS:
        assert QCoreApplication.translate(context, source) == _expected((context, source, *_), language)

    remove_translator(translator)
    for row in KNOWN:
        assert tr(row[0]) == row[0]
    assert QCoreApplication.translate("AccountDock", "Log in") == "Log in"


@pytest.mark.parametrize("translator", ["fr"], indirect=True)
def test_forms_and_composed_messages_are_translated(translator):
    """A real dialog built from its .ui file, and a sentence assembled from several translated pieces."""
    from fusion_platform_qgis.gui.password_dialog import PasswordDialog, policy_message
    from fusion_platform_qgis.gui.password_policy import MIN_LENGTH

    dialog = PasswordDialog()
    try:
        assert dialog.windowTitle() == "Changer le mot de passe Fusion Platform"
    finally:
        dialog.deleteLater()
    assert policy_message("abc") == (f"Le nouveau mot de passe doit contenir au moins {MIN_LENGTH} caractères, "
                                     "une majuscule, un chiffre, un symbole (par exemple ! ou #).")


def test_the_user_locale_picks_the_catalogue(qgis_app):
    """QGIS's "override system locale" setting decides which catalogue the plugin loads at start-up."""
    from qgis.core import QgsSettings

    from fusion_platform_qgis.qgis_support.i18n import install_translator, remove_translator, tr, user_locale

    settings = QgsSettings()
    saved = {key: settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale")}
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "de_DE")
    installed = None
    try:
        assert user_locale() == "de"
        installed = install_translator()
        assert installed is not None
        assert tr("Current map extent") == "Aktuelle Kartenausdehnung"
    finally:
        remove_translator(installed)
        for key, value in saved.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)
    assert install_translator("xx") is None  # no catalogue: English, and nothing installed
    assert tr("Current map extent") == "Current map extent"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_finished_and_keeps_its_placeholders(language):
    ts = ROOT / "i18n" / f"fusion_platform_{language}.ts"
    messages = list(_messages(ts))
    assert len(messages) > 400
    problems = []
    for context, source, translation in messages:
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not text:
            problems.append(f"unfinished: {context} {source!r}")
            continue
        if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {source!r} -> {text!r}")
        if source.count("\n") != text.count("\n") or source[-1:].isspace() != text[-1:].isspace() \
                or source[:1].isspace() != text[:1].isspace():
            problems.append(f"line breaks or outer spaces differ: {source!r} -> {text!r}")
        if source.count("&") != text.count("&") or re.findall(r"<[^>]+>", source) != re.findall(r"<[^>]+>", text):
            problems.append(f"accelerator or markup differs: {source!r} -> {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.skipif(shutil.which("pylupdate5") is None, reason="pylupdate5 (pyqt5-dev-tools) is not installed")
def test_catalogues_cover_every_string_of_the_staged_plugin(staged_plugin_dir, tmp_path):
    """Every tr()/.ui string of the plugin users get has an entry: a new string needs 'make translations'."""
    sources = sorted(str(p) for p in staged_plugin_dir.rglob("*") if p.suffix in (".py", ".ui"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(["pylupdate5", "-noobsolete", *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {(context, source) for context, source, _ in _messages(fresh)}
    assert len(wanted) > 400
    for language in LANGUAGES:
        have = {(context, source) for context, source, _ in _messages(ROOT / "i18n" / f"fusion_platform_{language}.ts")}
        missing = sorted(wanted - have)
        assert not missing, f"{language}: run 'make translations' and translate: {missing}"
