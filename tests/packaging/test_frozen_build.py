"""The desktop release (./dev.sh build): built once per run, then used like a person would.

The bundle is rebuilt unless the last ``./dev.sh build`` started after every source changed;
the binary runs offscreen with a private data dir, from a folder outside the checkout.
Deselect with ``-m "not frozen"`` for a quick local run.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest
from pypdf import PdfReader

from wsis_desk import __version__
from wsis_desk.cli import main as cli_main
from wsis_desk.paths import DB_FILENAME
from wsis_desk.store.migrate import SCHEMA_HEAD

pytestmark = [
    pytest.mark.frozen,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="./dev.sh builds on Linux"),
]

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / f"wsis-desk-{__version__}"
STAMP = ROOT / "build" / "frozen-build.stamp"
BUILD_LOG = ROOT / "build" / "frozen-build.log"
# What the bundle is built from: a change to any of these makes an earlier build stale.
SOURCES = ("wsis_desk", "packaging", "build.spec", "pyproject.toml", "dev.sh")
# 179 MB measured with PySide6 6.11 (was 279 MB before the Qt and binary diet of build.spec).
SIZE_CEILING_MB = 200
DEMO_SYMBOL = "A/80/L.99-DEMO"
SCREEN = (1280, 800)


def _source_files() -> list[Path]:
    files: list[Path] = []
    for name in SOURCES:
        path = ROOT / name
        found = path.rglob("*") if path.is_dir() else [path]
        files += [p for p in found if p.is_file() and "__pycache__" not in p.parts]
    return files


def _build_is_fresh() -> bool:
    """A finished ./dev.sh build of this version that started after the last source change."""
    if not (STAMP.is_file() and (BUNDLE / "wsis-desk").is_file()):
        return False
    if STAMP.read_text(encoding="utf-8").strip() != f"dist/{BUNDLE.name}":
        return False
    return STAMP.stat().st_mtime > max(p.stat().st_mtime for p in _source_files())


@pytest.fixture(scope="session")
def bundle() -> Path:
    """dist/wsis-desk-<version>/, built by ./dev.sh build unless a fresh build is there."""
    if not _build_is_fresh():
        BUILD_LOG.parent.mkdir(exist_ok=True)
        with BUILD_LOG.open("w", encoding="utf-8") as log:
            done = subprocess.run(
                ["./dev.sh", "build"], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, timeout=1800
            )
        if done.returncode != 0:
            tail = BUILD_LOG.read_text(encoding="utf-8").splitlines()[-40:]
            pytest.fail(f"./dev.sh build failed ({BUILD_LOG}):\n" + "\n".join(tail))
        # Not _build_is_fresh(): a source saved during the build would fail it; the bundle is
        # still this session's build.
        assert STAMP.is_file() and (BUNDLE / "wsis-desk").is_file(), "./dev.sh build left no bundle"
    return BUNDLE


@pytest.fixture(scope="module")
def private(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Environment for the frozen binary: offscreen Qt, every per-user folder in a temp dir."""
    base = tmp_path_factory.mktemp("frozen")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_", "WSIS_"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        WSIS_DESK_HOME=str(base / "home"),
        HOME=str(base),
        XDG_CONFIG_HOME=str(base / "config"),
        XDG_DATA_HOME=str(base / "data"),
        XDG_CACHE_HOME=str(base / "cache"),
    )
    return env


def run(bundle: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """The frozen ``wsis-desk`` with ``args``, run from outside the checkout."""
    return subprocess.run(
        [str(bundle / "wsis-desk"), *args],
        env=env,
        cwd=env["HOME"],
        capture_output=True,
        text=True,
        timeout=180,
    )


@pytest.fixture(scope="module")
def demo_home(bundle: Path, private: dict[str, str]) -> Path:
    """The private data dir with the demo negotiation loaded by the frozen binary."""
    done = run(bundle, private, "demo")
    assert done.returncode == 0, done.stderr
    assert "Loaded the demo negotiation" in done.stdout and "Rev.2" in done.stdout
    return Path(private["WSIS_DESK_HOME"])


def test_version_is_the_package_version(bundle: Path, private: dict[str, str]) -> None:
    done = run(bundle, private, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"wsis-desk {__version__}\n"


def test_the_demo_loads_through_the_shipped_migrations(
    bundle: Path, private: dict[str, str], demo_home: Path
) -> None:
    with closing(sqlite3.connect(demo_home / DB_FILENAME)) as conn:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == SCHEMA_HEAD  # Alembic read every script from the bundle
    done = run(bundle, private, "docs")
    assert done.returncode == 0, done.stderr
    assert DEMO_SYMBOL in done.stdout and "3 versions" in done.stdout


def test_check_of_a_corpus_file_matches_the_installed_app(
    bundle: Path, private: dict[str, str], corpus: Path
) -> None:
    docx = sorted(corpus.rglob("*.docx"))[0]
    done = run(bundle, private, "check", str(docx), "--json")
    assert done.returncode == 0, done.stderr
    frozen = json.loads(done.stdout)
    assert frozen["summary"]["paragraphs"] > 0
    out = io.StringIO()
    assert cli_main(["check", str(docx), "--json"], out=out) == 0
    assert frozen == json.loads(out.getvalue())


def test_an_interpreter_pack_pdf_embeds_the_bundled_fonts(
    bundle: Path, private: dict[str, str], demo_home: Path
) -> None:
    statement = "Merci, Monsieur le Président. شكرا سيدي الرئيس. 谢谢主席先生。"
    add = ["intervention", "add", "--title", "Opening", "--speaker", "EG", "--lang", "ar"]
    add += ["--text", statement, "--doc", DEMO_SYMBOL, "--paragraphs", "OP3", "--json"]
    added = run(bundle, private, *add)
    assert added.returncode == 0, added.stderr
    pdf = demo_home.parent / "pack.pdf"
    pack = ["pack", "--intervention", json.loads(added.stdout)["id"], "--redline"]
    pack += ["--paragraphs", f"{DEMO_SYMBOL}:Rev.2:OP1-OP3", "-o", str(pdf), "--json"]
    made = run(bundle, private, *pack)
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["pages"] >= 1
    reader = PdfReader(pdf)
    assert "Opening" in reader.pages[0].extract_text()
    fonts = {
        str(font["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert {"NotoSans-Regular", "NotoNaskhArabic-Regular"} <= fonts, fonts
    assert any(name.startswith("WenQuanYi") for name in fonts), fonts


def test_the_window_screenshot_is_a_picture(
    bundle: Path, private: dict[str, str], demo_home: Path
) -> None:
    from PySide6.QtGui import QImage

    png = demo_home.parent / "window.png"
    done = run(
        bundle, private, "gui", "--screenshot", str(png), "--size", f"{SCREEN[0]}x{SCREEN[1]}"
    )
    assert done.returncode == 0, done.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(png))
    assert (image.width(), image.height()) == SCREEN
    colours = Counter(
        image.pixel(x, y) for x in range(0, SCREEN[0], 16) for y in range(0, SCREEN[1], 16)
    )
    background_share = colours.most_common(1)[0][1] / colours.total()
    assert len(colours) > 20 and background_share < 0.9, (len(colours), background_share)


def test_the_bundle_stays_under_its_size_ceiling(bundle: Path) -> None:
    size = sum(p.lstat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < SIZE_CEILING_MB * 1024 * 1024, f"{size / 1024 / 1024:.0f} MB"


def test_the_bundle_ships_every_data_file_of_the_package(bundle: Path) -> None:
    shipped = bundle / "_internal" / "wsis_desk"
    for folder in ("resources", "store/migrations"):
        source = ROOT / "wsis_desk" / folder
        for path in source.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                # Missing here: add the file's pattern to package-data in pyproject.toml.
                assert (shipped / path.relative_to(ROOT / "wsis_desk")).is_file(), path


def test_only_the_qt_we_use_is_shipped_and_it_is_whole(bundle: Path) -> None:
    qt = bundle / "_internal" / "PySide6"
    names = {p.relative_to(qt).as_posix() for p in qt.rglob("*") if p.is_file()}
    for needed in (
        "Qt/plugins/platforms/libqxcb.so",
        "Qt/plugins/platforms/libqoffscreen.so",
        "QtCharts.abi3.so",
        "QtPdf.abi3.so",
        "QtPdfWidgets.abi3.so",
        "QtPrintSupport.abi3.so",  # File › Print…
        "Qt/plugins/printsupport/libcupsprintersupport.so",  # … to the system's printers
    ):
        assert needed in names
    for language in ("ar", "zh_CN", "fr", "ru", "es"):  # Qt's own buttons, in our languages
        assert f"Qt/translations/qtbase_{language}.qm" in names
        assert (
            bundle / "_internal/wsis_desk/resources/i18n" / f"wsis_desk_{language}.qm"
        ).is_file()
    unused = re.compile(
        r"Qml|Quick|WebEngine|3D|Multimedia|VirtualKeyboard"
        r"|translations/(?!qtbase_(ar|zh_CN|fr|ru|es)\.qm$)"
    )
    assert not sorted(filter(unused.search, names))
    readelf = shutil.which("readelf")
    if readelf is None:
        pytest.skip("readelf (binutils) is not installed")
    libs = {p.name for p in (qt / "Qt" / "lib").iterdir()}
    for name in sorted(n for n in names if ".so" in n):
        dynamic = subprocess.run([readelf, "-d", str(qt / name)], capture_output=True, text=True)
        wanted = set(re.findall(r"\[(libQt6\w+\.so\.6)\]", dynamic.stdout))
        assert wanted <= libs, (name, wanted - libs)


def test_the_desktop_entry_installs_from_the_bundle(bundle: Path, tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    script = bundle / "install-desktop-entry.sh"
    done = subprocess.run([str(script)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    entry = tmp_path / "applications" / "wsis-desk.desktop"
    assert f'Exec="{bundle / "wsis-desk"}" gui %F\n' in entry.read_text(encoding="utf-8")
    for size in (16, 32, 48, 64, 128, 256):
        assert (tmp_path / f"icons/hicolor/{size}x{size}/apps/wsis-desk.png").is_file()
    validate = shutil.which("desktop-file-validate")
    if validate:
        checked = subprocess.run([validate, str(entry)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    removed = subprocess.run([str(script), "--uninstall"], env=env, capture_output=True)
    assert removed.returncode == 0 and not entry.exists()
