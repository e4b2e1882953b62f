"""French, German and Spanish: the staged plugin ships compiled catalogues and ``tr()``/forms really switch language.

Why these checks: a translation only reaches users if (1) ``make stage`` compiled a ``.qm`` into the plugin's
``i18n`` folder, (2) the runtime looks strings up in the same context pylupdate5 filed them under (``@default`` for
the module-level ``tr()``, the form class for ``.ui`` strings), and (3) every catalogue entry is finished and keeps
the source's placeholders — a lost ``{1}`` makes ``str.format`` silently drop data, an extra one raises IndexError.
Counts use numerus messages (``tr("%n run(s)", None, n)``): each needs one form per plural form of its language
(two for all three), and the catalogue must name its language or lrelease cannot pick the plural rule.
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
LANGUAGES = ("fr", "de", "es")
PLACEHOLDER = re.compile(r"\{\d+\}|%(?:L?\d+|n|p)")

# (source, French, German, Spanish) of a few strings from different modules; all in the @default context.
KNOWN = [
    (
        "Log in from the Account dock to see your processes.",
        "Connectez-vous depuis le panneau Compte pour voir vos processus.",
        "Melden Sie sich im Bedienfeld „Konto“ an, um Ihre Prozesse zu sehen.",
        "Inicie sesión desde el panel Cuenta para ver sus procesos.",
    ),
    (
        "Not enough credits: the process costs {0} credits but the organisation has {1}.",
        "Crédits insuffisants : le processus coûte {0} crédits, mais l'organisation n'en a que {1}.",
        "Nicht genügend Credits: Der Prozess kostet {0} Credits, die Organisation hat aber nur {1}.",
        "Créditos insuficientes: el proceso cuesta {0} créditos, pero la organización tiene {1}.",
    ),
    ("Current map extent", "Emprise actuelle de la carte", "Aktuelle Kartenausdehnung", "Extensión actual del mapa"),
    (
        "Could not refresh the Processing algorithms: {0}",
        "Impossible d'actualiser les algorithmes de Traitements : {0}",
        "Die Verarbeitungsalgorithmen konnten nicht aktualisiert werden: {0}",
        "No se pudieron actualizar los algoritmos de Procesos: {0}",
    ),
]
# Strings of .ui forms live in the form's own context.
KNOWN_FORMS = [
    ("AccountDock", "Log in", "Se connecter", "Anmelden", "Iniciar sesión"),
    ("DataDock", "Add to map", "Ajouter à la carte", "Zur Karte hinzufügen", "Añadir al mapa"),
    (
        "PasswordDialog",
        "Change Fusion Platform password",
        "Changer le mot de passe Fusion Platform",
        "Passwort für die Fusion Platform ändern",
        "Cambiar la contraseña de Fusion Platform",
    ),
]
# Counts: (source, n, French, German, Spanish) — the plural form follows n (French 0 and 1 are singular).
PLURALS = [
    ("%n run(s), {0} running", 1, "1 exécution, {0} en cours", "1 Lauf, {0} laufend", "1 ejecución, {0} en curso"),
    ("%n run(s), {0} running", 3, "3 exécutions, {0} en cours", "3 Läufe, {0} laufend", "3 ejecuciones, {0} en curso"),
    ("%n run(s), {0} running", 0, "0 exécution, {0} en cours", "0 Läufe, {0} laufend", "0 ejecuciones, {0} en curso"),
    ("%n polygon(s)", 1, "1 polygone", "1 Polygon", "1 polígono"),
    ("%n polygon(s)", 2, "2 polygones", "2 Polygone", "2 polígonos"),
    (
        "%n preview(s) (nothing downloaded yet): click one to load the outputs.",
        1,
        "1 aperçu (rien n'est encore téléchargé) : cliquez dessus pour charger les sorties.",
        "1 Vorschau (noch nichts heruntergeladen): Klicken Sie darauf, um die Ausgaben zu laden.",
        "1 vista previa (todavía no se ha descargado nada): haga clic en ella para cargar las salidas.",
    ),
]


def _expected(row, language: str) -> str:
    return row[len(row) - len(LANGUAGES) + LANGUAGES.index(language)]


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
    from fusion_platform_qgis.qgis_support.words.i18n import install_translator, remove_translator

    installed = install_translator(request.param)
    yield installed
    remove_translator(installed)


@pytest.mark.parametrize("language", LANGUAGES)
def test_staged_plugin_ships_compiled_catalogues(staged_plugin_dir, language):
    from fusion_platform_qgis.qgis_support.toolbelt.resources import i18n_dir

    qm = staged_plugin_dir / "i18n" / f"fusion_platform_{language}.qm"
    assert qm.is_file() and qm.stat().st_size > 1000, f"{qm} missing or empty: run 'make stage'"
    assert i18n_dir().resolve() == qm.parent.resolve()  # the runtime looks in the staged folder


@pytest.mark.parametrize("translator", LANGUAGES, indirect=True)
def test_tr_returns_the_translation_and_english_comes_back(translator, request):
    from qgis.PyQt.QtCore import QCoreApplication

    from fusion_platform_qgis.qgis_support.words.i18n import remove_translator, tr

    language = request.node.callspec.params["translator"]
    assert translator is not None
    for row in KNOWN:
        assert tr(row[0]) == _expected(row, language)
    assert (
        tr(KNOWN[1][0])
        .format(12, 3)
        .startswith({"fr": "Crédits insuffisants : ", "de": "Nicht genügend", "es": "Créditos insuficientes"}[language])
    )
    for context, source, *_ in KNOWN_FORMS:
        assert QCoreApplication.translate(context, source) == _expected((context, source, *_), language)

    remove_translator(translator)
    for row in KNOWN:
        assert tr(row[0]) == row[0]
    assert QCoreApplication.translate("AccountDock", "Log in") == "Log in"


@pytest.mark.parametrize("translator", LANGUAGES, indirect=True)
def test_counts_take_the_plural_form_of_their_number(translator, request):
    from fusion_platform_qgis.qgis_support.words.i18n import remove_translator, tr

    language = request.node.callspec.params["translator"]
    for row in PLURALS:
        assert tr(row[0], None, row[1]) == _expected(row, language), row
    remove_translator(translator)
    # No catalogue (English, or a language without one): English forms, never "1 run(s)".
    assert tr("%n run(s), {0} running", None, 1) == "1 run, {0} running"
    assert tr("%n run(s), {0} running", None, 2) == "2 runs, {0} running"
    assert tr("%n process(es)", None, 2) == "2 processes"


def test_dates_are_local_time_in_the_users_locale(qgis_app):
    """One helper for every date users read: the locale's format, local time, no microseconds or "+00:00"."""
    from qgis.PyQt.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

    from fusion_platform_qgis.qgis_support.words.i18n import format_datetime, format_time

    stamp = "2026-12-01T09:05:07.123456+00:00"
    utc = QDateTime(QDate(2026, 12, 1), QTime(9, 5, 7), QTimeZone.utc())
    saved = QLocale()
    try:
        for name in ("en_GB", "de_DE", "es_ES"):
            QLocale.setDefault(QLocale(name))
            short = format_datetime(stamp)
            assert short == QLocale(name).toString(utc.toLocalTime(), QLocale.FormatType.ShortFormat)
            assert "123456" not in short and "+00:00" not in short and "T" not in short
            assert format_datetime("2026-12-01T09:05:07.123456Z") == short
            assert format_datetime(stamp, long=True) == QLocale(name).toString(
                utc.toLocalTime(), QLocale.FormatType.LongFormat
            )
            clock = format_time(stamp)
            local = utc.toLocalTime().time()
            assert str(local.second()).zfill(2) in clock and str(local.minute()).zfill(2) in clock
            assert "UTC" not in clock and "2026" not in clock
        assert format_datetime(None) == "" and format_datetime("garbage") == ""
    finally:
        QLocale.setDefault(saved)


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
    assert policy_message("abc") == (
        f"Le nouveau mot de passe doit contenir au moins {MIN_LENGTH} caractères, "
        "une majuscule, un chiffre, un symbole (par exemple ! ou #)."
    )


def test_the_user_locale_picks_the_catalogue(qgis_app):
    """QGIS's "override system locale" setting decides which catalogue the plugin loads at start-up."""
    from qgis.core import QgsSettings

    from fusion_platform_qgis.qgis_support.words.i18n import install_translator, remove_translator, tr, user_locale

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
    assert ET.parse(ts).getroot().get("language") == language  # lrelease's plural rule comes from it
    messages = list(_messages(ts))
    assert len(messages) > 400
    problems = []
    numerus = 0
    for context, source, translation in messages:
        forms = [form.text or "" for form in translation.iter("numerusform")]
        numerus += bool(forms)
        if forms and len(forms) != 2:
            problems.append(f"needs a singular and a plural form: {context} {source!r}")
        texts = forms or [translation.text or ""]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(texts):
            problems.append(f"unfinished: {context} {source!r}")
            continue
        for text in texts:
            if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
                problems.append(f"placeholders differ: {source!r} -> {text!r}")
            if (
                source.count("\n") != text.count("\n")
                or source[-1:].isspace() != text[-1:].isspace()
                or source[:1].isspace() != text[:1].isspace()
            ):
                problems.append(f"line breaks or outer spaces differ: {source!r} -> {text!r}")
            if source.count("&") != text.count("&") or re.findall(r"<[^>]+>", source) != re.findall(r"<[^>]+>", text):
                problems.append(f"accelerator or markup differs: {source!r} -> {text!r}")
    assert not problems, "\n".join(problems)
    assert numerus >= 20  # every count shown to users goes through the plural forms


@pytest.mark.skipif(shutil.which("pylupdate5") is None, reason="pylupdate5 (pyqt5-dev-tools) is not installed")
def test_catalogues_cover_every_string_of_the_staged_plugin(staged_plugin_dir, tmp_path):
    """Every tr()/.ui string of the plugin users get has an entry: a new string needs 'make translations'."""
    sources = sorted(str(p) for p in staged_plugin_dir.rglob("*") if p.suffix in (".py", ".ui"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(["pylupdate5", "-noobsolete", *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {(context, source) for context, source, _ in _messages(fresh)}
    assert len(wanted) > 400
    # A count formatted into a fixed plural ("{0} runs") reads "1 runs": counts go through tr(..., None, n).
    fixed = re.compile(
        r"\{\d+\} (?:\w+ )?(?:runs|previews|polygons|features|files|layers|services|processes|slices|"
        r"lines|points|items|executions)\b"
    )
    assert not [source for _, source in wanted if fixed.search(source)]
    for language in LANGUAGES:
        have = {(context, source) for context, source, _ in _messages(ROOT / "i18n" / f"fusion_platform_{language}.ts")}
        missing = sorted(wanted - have)
        assert not missing, f"{language}: run 'make translations' and translate: {missing}"
