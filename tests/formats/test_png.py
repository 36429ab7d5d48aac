"""PNG files of window pictures: decoded back by an independent reader (Pillow)."""

from __future__ import annotations

import io
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from wsis_desk.formats.png import encode_png, write_png


@st.composite
def pictures(draw: st.DrawFn) -> tuple[bytes, int, int, int, bool]:
    width = draw(st.integers(1, 40))
    height = draw(st.integers(1, 30))
    alpha = draw(st.booleans())
    padding = draw(st.integers(0, 7))
    stride = width * (4 if alpha else 3) + padding
    pixels = draw(st.binary(min_size=stride * height, max_size=stride * height))
    return pixels, width, height, stride, alpha


@settings(max_examples=60, deadline=None)
@given(pictures())
def test_every_pixel_comes_back(picture: tuple[bytes, int, int, int, bool]) -> None:
    pixels, width, height, stride, alpha = picture
    channels = 4 if alpha else 3
    decoded = Image.open(io.BytesIO(encode_png(pixels, width, height, stride, alpha=alpha)))
    assert decoded.size == (width, height)
    assert decoded.mode == ("RGBA" if alpha else "RGB")
    rows = b"".join(pixels[y * stride : y * stride + width * channels] for y in range(height))
    assert decoded.tobytes() == rows


@settings(max_examples=40, deadline=None)
@given(pictures(), st.integers(0, 9))
def test_rows_fed_one_by_one_make_the_bytes_of_one_filtered_copy(
    picture: tuple[bytes, int, int, int, bool], level: int
) -> None:
    """Deflate's output does not depend on how its input is cut: the file is the one that
    compressing a filtered copy of the rows would give (screenshots stay byte for byte)."""
    pixels, width, height, stride, alpha = picture
    row = width * (4 if alpha else 3)
    filtered = b"".join(b"\x00" + pixels[y * stride : y * stride + row] for y in range(height))
    png = encode_png(pixels, width, height, stride, alpha=alpha, level=level)
    start = png.index(b"IDAT") + 4
    length = int.from_bytes(png[start - 8 : start - 4], "big")
    assert png[start : start + length] == zlib.compress(filtered, level)


def test_a_window_sized_picture_is_small(tmp_path: Path) -> None:
    """Flat colour and text compress well unfiltered: a 1440x900 picture of bands and
    'glyphs' stays far below its 3.9 MB of raw pixels."""
    width, height = 1440, 900
    row = bytearray(b"\xf4\xf4\xf4" * width)
    for x in range(0, width, 7):
        row[3 * x : 3 * x + 3] = b"\x20\x20\x20"
    pixels = bytes(row) * height
    png = encode_png(pixels, width, height, 3 * width)
    assert len(png) < 100_000
    write_png(tmp_path / "shot.png", png)
    with Image.open(tmp_path / "shot.png") as decoded:
        assert decoded.size == (width, height)


@pytest.mark.parametrize(("width", "height", "stride", "size"), [
    (0, 10, 30, 300), (10, 0, 30, 0), (10, 10, 29, 290), (10, 10, 30, 299),
])  # fmt: skip
def test_impossible_shapes_are_refused(width: int, height: int, stride: int, size: int) -> None:
    with pytest.raises(ValueError):
        encode_png(bytes(size), width, height, stride)


def test_a_failed_write_keeps_the_earlier_file(tmp_path: Path) -> None:
    target = tmp_path / "shot.png"
    target.write_bytes(b"earlier picture")
    (tmp_path / ".shot.png.part").mkdir()  # the temporary file cannot be written
    with pytest.raises(OSError):
        write_png(target, encode_png(bytes(3), 1, 1, 3))
    assert target.read_bytes() == b"earlier picture"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".shot.png.part", "shot.png"]
