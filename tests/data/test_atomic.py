"""Atomic writes: the target is the old file or the whole new one, and no temp file is left."""

from __future__ import annotations

import os

import pytest

from playground.data.atomic import atomic_write, atomic_write_bytes, atomic_write_text
from playground.errors import FormatError

OLD = b"old contents \x00\xff that must survive\n"


@pytest.fixture
def target(tmp_path):
    path = tmp_path / "model.npz"
    path.write_bytes(OLD)
    return path


def test_writes_bytes_and_text(tmp_path):
    atomic_write_bytes(tmp_path / "a.bin", b"\x00\x01\x02")
    atomic_write_text(tmp_path / "b.txt", "x1,x2,label\nπ\n")
    assert (tmp_path / "a.bin").read_bytes() == b"\x00\x01\x02"
    assert (tmp_path / "b.txt").read_bytes() == "x1,x2,label\nπ\n".encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.bin", "b.txt"]


def test_replaces_existing_file(target):
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in target.parent.iterdir()] == ["model.npz"]


def test_writer_failing_half_way_leaves_old_file(target):
    def write(f):
        f.write(b"partial data " * 1000)
        f.flush()
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        atomic_write(target, write)
    assert target.read_bytes() == OLD
    assert [p.name for p in target.parent.iterdir()] == ["model.npz"]


def test_oserror_in_writer_becomes_format_error(target):
    def write(f):
        f.write(b"some")
        raise OSError(28, "No space left on device")

    with pytest.raises(FormatError, match=r"cannot write .*model\.npz: No space left"):
        atomic_write(target, write)
    assert target.read_bytes() == OLD
    assert [p.name for p in target.parent.iterdir()] == ["model.npz"]


def test_replace_failing_leaves_old_file(target, monkeypatch):
    def broken_replace(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(FormatError, match="cannot write .*Permission denied"):
        atomic_write_bytes(target, b"new contents")
    assert target.read_bytes() == OLD
    assert [p.name for p in target.parent.iterdir()] == ["model.npz"]


def test_missing_folder_is_format_error(tmp_path):
    with pytest.raises(FormatError, match="cannot write"):
        atomic_write_bytes(tmp_path / "nope" / "x.csv", b"data")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_keeps_mode_of_existing_file(target):
    target.chmod(0o640)
    atomic_write_bytes(target, b"new")
    assert target.stat().st_mode & 0o777 == 0o640
