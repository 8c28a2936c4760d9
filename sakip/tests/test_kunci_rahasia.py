"""Without SECRET_KEY no process runs on a key written in the code: the first one generates
a key in the data folder (readable only by its owner) and every later one reads it."""

import stat

from .proses import jalankan

KUNCI_LAMA = "sakip-development-key-change-me-in-production"
CETAK = "from django.conf import settings; print(settings.SECRET_KEY)"


def test_it_generates_a_private_key_once_and_shares_it(tmp_path):
    data = tmp_path / "data"  # not there yet: created on first use
    pertama = jalankan(CETAK, SECRET_KEY=None, SAKIP_DATA_DIR=str(data))
    assert pertama.returncode == 0, pertama.stderr
    kunci = pertama.stdout.strip()
    assert kunci != KUNCI_LAMA and len(kunci) >= 50
    berkas = data / "secret_key"
    assert berkas.read_text() == kunci
    assert stat.S_IMODE(berkas.stat().st_mode) == 0o600
    kedua = jalankan(CETAK, SECRET_KEY=None, SAKIP_DATA_DIR=str(data))
    assert kedua.stdout.strip() == kunci
    assert [p.name for p in data.iterdir()] == ["secret_key"]  # no leftovers


def test_an_empty_secret_key_counts_as_unset(tmp_path):
    r = jalankan(CETAK, SECRET_KEY="", SAKIP_DATA_DIR=str(tmp_path))
    assert r.stdout.strip() == (tmp_path / "secret_key").read_text()


def test_a_given_secret_key_wins_and_writes_nothing(tmp_path):
    r = jalankan(CETAK, SECRET_KEY="k" * 60 + "-dari-lingkungan", SAKIP_DATA_DIR=str(tmp_path))
    assert r.stdout.strip() == "k" * 60 + "-dari-lingkungan"
    assert list(tmp_path.iterdir()) == []
