import pytest

from sakip.anggaran.models import ProgramKegiatan
from sakip.instansi.models import Pemda
from sakip.pertukaran.impor import ImporError, impor_teks
from sakip.pertukaran.nomenklatur import impor_nomenklatur

from .buku_kerja_bantu import berkas_contoh

BERKAS = berkas_contoh(
    """\
periode:
  - kode: renstra
    jenis: renstra
    nama: Renstra
    tahun_awal: 2022
    tahun_akhir: 2022
    tujuan:
      - nomor: '1'
        nama: Tujuan
        sasaran: [{{nomor: '1', nama: Sasaran}}]
anggaran:
  - tahun: 2022
    program:
      - kode: 2.07.01
        nama: Program
        kegiatan:
          - kode: {kegiatan}
            nama: Kegiatan
            sub_kegiatan:
              - kode: {sub1}
                nama: Sub satu
                pagu: 1000
                realisasi: {{1-9: 600, 10-12: 300}}
                fisik: {{4: 100}}
                sasaran: [renstra/1/1]
              - kode: {sub2}
                nama: Sub dua
                pagu: 500
""",
)


def berkas(kegiatan="2.07.01.2.02", sub1="2.07.01.2.02.01", sub2="2.07.01.2.02.02"):
    return BERKAS.format(kegiatan=kegiatan, sub1=sub1, sub2=sub2)


@pytest.mark.parametrize(
    "sub1, sub2",
    [("2.07.01.2.02.01", "2.07.01.2.02.02"), ("2.07.01.2.02.0001", "2.07.01.2.02.0002")],
)
def test_it_imports_both_code_formats(db, sub1, sub2):
    impor_teks(berkas(sub1=sub1, sub2=sub2))
    sub = ProgramKegiatan.objects.get(kode=sub1)
    assert sub.induk.kode == "2.07.01.2.02"
    assert sub.induk.induk.kode == "2.07.01"
    assert sub.sasaran.get().nama == "Sasaran"


@pytest.mark.parametrize(
    "sub1, sub2",
    [("2.07.01.2.02.01", "2.07.01.2.02.01"), ("2.07.01.2.02.0001", "2.07.01.2.02.0001")],
)
def test_it_rejects_duplicate_codes(db, sub1, sub2):
    with pytest.raises(ImporError, match="2.07.01.2.02.0*1 dipakai dua kali"):
        impor_teks(berkas(sub1=sub1, sub2=sub2))


@pytest.mark.parametrize("sub2", ["2.07.01.2.02.001", "2.07.01.2.02.01.01", "2.07.1"])
def test_it_rejects_malformed_codes(db, sub2):
    with pytest.raises(ImporError) as e:
        impor_teks(berkas(sub2=sub2))
    assert f"Kode '{sub2}' ('Sub dua') tidak valid" in str(e.value)


@pytest.mark.parametrize("sub2", ["2.07.01.2.03.01", "2.07.01.2.03.0001"])
def test_it_rejects_orphan_and_misplaced_codes(db, sub2):
    with pytest.raises(ImporError) as e:
        impor_teks(berkas(sub2=sub2))
    assert f"'{sub2}' tidak berada di bawah '2.07.01.2.02'" in str(e.value)
    assert "anggaran[0].program[0].kegiatan[0].sub_kegiatan[1].kode" in str(e.value)


def test_it_rejects_mixed_code_formats(db):
    with pytest.raises(ImporError):
        impor_teks(berkas(sub2="2.07.01.2.02.0002"))


def test_it_rejects_overlapping_months_and_unknown_sasaran(db):
    teks = berkas().replace("10-12: 300", "9-12: 300").replace("renstra/1/1", "renstra/1/9")
    with pytest.raises(ImporError) as e:
        impor_teks(teks)
    assert "bertumpang tindih" in str(e.value)
    assert "sasaran 'renstra/1/9' tidak ada" in str(e.value)
    assert not ProgramKegiatan.objects.exists()


def test_it_checks_codes_against_the_pemdas_stored_list(db):
    impor_teks(berkas())
    daftar = [(k, k, "") for k in ("2.07.01", "2.07.01.2.02", "2.07.01.2.02.01", "2.07.01.2.02.02")]
    impor_nomenklatur(Pemda.objects.get(slug="kota-contoh"), daftar)
    with pytest.raises(ImporError, match="'2.07.01.2.02.03' .* tidak ada dalam daftar nomenklatur"):
        impor_teks(berkas(sub2="2.07.01.2.02.03"))
    assert ProgramKegiatan.objects.filter(kode="2.07.01.2.02.02").exists()
