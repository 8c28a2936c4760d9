import pytest
from django.core.management import CommandError, call_command

from sakip.instansi.models import Pemda
from sakip.perencanaan.models import Indikator
from sakip.pertukaran.berkas import BerkasError
from sakip.pertukaran.impor import ImporError, impor_teks

from .buku_kerja_bantu import berkas_contoh

BERKAS = berkas_contoh(
    """\
variabel:
  - {{kode: a, nama: A, nilai: {{2024: 639}}}}
  - {{kode: b, nama: B, nilai: {{2024: 1257}}}}
periode:
  - kode: renstra
    jenis: renstra
    nama: Renstra Contoh
    tahun_awal: 2024
    tahun_akhir: 2026
    tujuan:
      - nomor: '1'
        nama: Tujuan
        sasaran:
          - nomor: '1'
            nama: Sasaran
            indikator:
              - kode: x
                nama: Indikator X
                satuan: '%'
                jenis: persentase
                polaritas: positif
                rumus: {rumus}
                target: {{2024: {target}}}
""",
)


def berkas(rumus="a / b * 100", target="42"):
    return BERKAS.format(rumus=rumus, target=target)


def test_it_imports_a_valid_file(db):
    pemda = impor_teks(berkas())
    assert pemda.slug == "kota-contoh"
    assert Indikator.objects.get(kode="x").target_set.get().nilai == 42


def test_it_rejects_bad_formula_and_says_where(db):
    with pytest.raises(ImporError) as e:
        impor_teks(berkas(rumus="'a / (b * 100'"))
    pesan = str(e.value)
    assert "pemda.opd[0].periode[0].tujuan[0].sasaran[0].indikator[0].rumus" in pesan
    assert "kolom" in pesan
    assert not Pemda.objects.exists()


def test_it_rejects_unknown_variables(db):
    with pytest.raises(ImporError, match="variabel 'c' tidak didefinisikan"):
        impor_teks(berkas(rumus="a / c * 100"))


def test_it_rejects_unknown_keys_instead_of_dropping_them(db):
    with pytest.raises(ImporError, match="kunci 'tagret' tidak dikenal"):
        impor_teks(berkas().replace("target:", "tagret:"))


def test_it_refuses_comma_decimals_with_a_hint(db):
    with pytest.raises(ImporError, match="gunakan titik untuk desimal"):
        impor_teks(berkas(target="'42,5'"))


def test_it_refuses_numbers_it_would_have_to_round(db):
    with pytest.raises(ImporError, match="paling banyak 12 angka di belakang koma"):
        impor_teks(berkas(target="0.1234567890123"))


def test_it_keeps_decimals_exactly(db):
    impor_teks(berkas(target="15.46"))
    assert str(Indikator.objects.get().target_set.get().nilai.normalize()) == "15.46"


def test_it_reports_yaml_syntax_errors_with_line(db):
    with pytest.raises(BerkasError, match="baris"):
        impor_teks("pemda: [tidak tertutup\n")


def test_it_is_all_or_nothing(db):
    impor_teks(berkas(target="42"))
    rusak = (
        berkas(target="45")
        .replace("nama: Tujuan", "nama: Tujuan baru")
        .replace("jenis: persentase", "jenis: bukan-jenis")
    )
    with pytest.raises(ImporError):
        impor_teks(rusak)
    ind = Indikator.objects.get()
    assert ind.target_set.get().nilai == 42
    assert ind.sasaran.tujuan.nama == "Tujuan"


def test_the_command_explains_and_changes_nothing(db, tmp_path):
    path = tmp_path / "data.yaml"
    path.write_text(berkas(rumus="'a // b'"), encoding="utf-8")
    with pytest.raises(CommandError, match="impor dibatalkan, tidak ada data yang diubah"):
        call_command("impor", str(path))
    assert not Pemda.objects.exists()


def test_it_refuses_to_move_an_opd_of_another_pemda(demo):
    teks = berkas().replace("slug: dinas-contoh", "slug: dtkk-ukm-jambi")
    with pytest.raises(ImporError, match="sudah dipakai oleh Kota Jambi"):
        impor_teks(teks)
    assert not Pemda.objects.filter(slug="kota-contoh").exists()


def test_it_refuses_text_longer_than_its_column(db):
    with pytest.raises(ImporError, match="'satuan' paling banyak 40 karakter"):
        impor_teks(berkas().replace("satuan: '%'", "satuan: '" + "x" * 41 + "'"))
    assert not Pemda.objects.exists()
