"""The data format carries the levels below an OPD sasaran (sasaran program, kegiatan):
written, exported back the same, and refused whole with the place of a bad reference."""

import pytest

from sakip.instansi.models import Pemda
from sakip.perencanaan.models import Indikator, Sasaran
from sakip.pertukaran.berkas import tulis
from sakip.pertukaran.ekspor import ekspor_pemda
from sakip.pertukaran.impor import ImporError, impor_teks

from .buku_kerja_bantu import berkas_contoh

INDIKATOR = """\
  satuan: '%'
  jenis: persentase
  polaritas: positif
  target: {{2024: 100}}
  realisasi: {{2024: {realisasi}}}"""


def _indikator(kode, kedalaman, realisasi="90", iku=False):
    teks = f"- kode: {kode}\n  nama: Indikator {kode}\n" + INDIKATOR.format(realisasi=realisasi)
    teks += "\n  iku: true" if iku else ""
    return "\n".join(" " * kedalaman + b for b in teks.splitlines())


def _kegiatan(tingkat, iku):
    return f"""\
                anak:
                  - tingkat: {tingkat}
                    nomor: '1'
                    nama: Sasaran kegiatan
                    penanggung_jawab: kasi
                    indikator:
{_indikator("sk", 22, realisasi="75", iku=iku)}
"""


def berkas(
    pj_program="kabid",
    tingkat_kegiatan="sasaran_kegiatan",
    rujukan="renstra/1/1/1/1",
    iku_kegiatan=False,
    kegiatan=True,
):
    pemilik = f"penanggung_jawab: {pj_program}" if pj_program else ""
    bawah = _kegiatan(tingkat_kegiatan, iku_kegiatan) if kegiatan else ""
    return berkas_contoh(
        f"""\
pejabat:
  - {{kode: kadis, nama: Kepala Dinas, jabatan: Kepala Dinas Contoh}}
  - {{kode: kabid, nama: Nama Rekaan, jabatan: Plt. Kepala Bidang Contoh}}
  - {{kode: kasi, nama: Nama Rekaan Dua, nip: '198001012005011001', jabatan: Kepala Seksi}}
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
            nama: Sasaran OPD
            indikator:
{_indikator("iku", 14, iku=True)}
            anak:
              - tingkat: sasaran_program
                nomor: '1'
                nama: Sasaran program
                {pemilik}
                indikator:
{_indikator("sp", 18)}
{bawah}anggaran:
  - tahun: 2024
    program:
      - kode: 1.01.01
        nama: Program
        kegiatan:
          - kode: 1.01.01.2.01
            nama: Kegiatan
            sub_kegiatan:
              - kode: 1.01.01.2.01.01
                nama: Sub kegiatan
                pagu: 1000
                sasaran: [{rujukan}]
"""
    )


def test_it_writes_each_level_under_the_one_it_serves(db):
    impor_teks(berkas())
    sasaran = Sasaran.objects.get(tingkat="sasaran")
    program = Sasaran.objects.get(tingkat="sasaran_program")
    kegiatan = Sasaran.objects.get(tingkat="sasaran_kegiatan")
    assert (program.induk, kegiatan.induk) == (sasaran, program)
    assert program.tujuan is None and kegiatan.akar == sasaran
    assert program.penanggung_jawab.jabatan == "Plt. Kepala Bidang Contoh"
    assert kegiatan.penanggung_jawab.nip == "198001012005011001"
    # Same indicator model, same period; the lower ones are never IKU.
    sk = Indikator.objects.get(kode="sk")
    assert sk.periode == sasaran.tujuan.periode and sk.sasaran == kegiatan
    assert sk.tujuan_induk == sasaran.tujuan
    assert not sk.iku
    # The sub kegiatan supports the sasaran kegiatan.
    assert [s.nama for s in kegiatan.program_kegiatan_set.get().sasaran.all()] == [
        "Sasaran kegiatan"
    ]


def test_the_plan_tree_shows_only_the_opd_sasaran(db):
    impor_teks(berkas())
    tujuan = Sasaran.objects.get(tingkat="sasaran").tujuan
    assert [s.nama for s in tujuan.sasaran_set.all()] == ["Sasaran OPD"]


def test_an_export_round_trips(db):
    pemda = impor_teks(berkas())
    sekali = tulis(ekspor_pemda(pemda))
    assert "tingkat: sasaran_kegiatan" in sekali
    assert "sasaran: [renstra/1/1/1/1]" in sekali or "- renstra/1/1/1/1" in sekali
    Pemda.objects.all().delete()
    impor_teks(sekali)
    assert tulis(ekspor_pemda(Pemda.objects.get())) == sekali


def test_a_node_dropped_from_the_file_is_removed(db):
    impor_teks(berkas())
    impor_teks(berkas(rujukan="renstra/1/1/1", kegiatan=False))
    assert not Sasaran.objects.filter(tingkat="sasaran_kegiatan").exists()
    assert not Indikator.objects.filter(kode="sk").exists()


@pytest.mark.parametrize(
    "ubah, tempat, pesan",
    [
        (
            {"pj_program": "tidak-ada"},
            "pemda.opd[0].periode[0].tujuan[0].sasaran[0].anak[0].penanggung_jawab",
            "pejabat 'tidak-ada' tidak ada",
        ),
        (
            {"tingkat_kegiatan": "sasaran_program"},
            "pemda.opd[0].periode[0].tujuan[0].sasaran[0].anak[0].anak[0].tingkat",
            "di bawah sasaran_program harus sasaran_kegiatan",
        ),
        (
            {"rujukan": "renstra/1/1/1/9"},
            "pemda.opd[0].anggaran[0].program[0].kegiatan[0].sub_kegiatan[0].sasaran",
            "sasaran 'renstra/1/1/1/9' tidak ada",
        ),
    ],
)
def test_a_bad_reference_is_refused_whole_with_its_place(db, ubah, tempat, pesan):
    impor_teks(berkas())
    with pytest.raises(ImporError) as e:
        impor_teks(berkas(**ubah).replace("nama: Sasaran OPD", "nama: Sasaran diubah"))
    assert f"{tempat}: {pesan}" in str(e.value)
    assert Sasaran.objects.filter(nama="Sasaran OPD").exists()  # nothing written


def test_a_lower_indicator_cannot_be_iku(db):
    with pytest.raises(ImporError, match=r"anak\[0\]\.indikator\[0\]\.iku: IKU hanya untuk"):
        impor_teks(berkas(iku_kegiatan=True))


def test_an_owner_is_required_below_the_sasaran(db):
    with pytest.raises(ImporError, match=r"anak\[0\]: 'penanggung_jawab' wajib diisi"):
        impor_teks(berkas(pj_program=None))


def test_the_pemdas_roll_up_choice_travels_with_the_file(db):
    teks = berkas_contoh("", pemda="gabung_capaian: bobot_anggaran\n")
    pemda = impor_teks(teks)
    assert pemda.gabung_capaian == "bobot_anggaran"
    assert "gabung_capaian: bobot_anggaran" in tulis(ekspor_pemda(pemda))
    with pytest.raises(ImporError, match="pemda.gabung_capaian: 'median' bukan pilihan yang sah"):
        impor_teks(berkas_contoh("", pemda="gabung_capaian: median\n"))


def test_a_programme_and_a_kegiatan_deliver_their_levels_and_round_trip(db):
    """The entry page links a sasaran program to its programme and a sasaran kegiatan to its
    kegiatan; the file carries those links on the programme and kegiatan lines."""
    teks = berkas().replace(
        " nama: Program\n", " nama: Program\n              sasaran: [renstra/1/1/1]\n"
    )
    teks = teks.replace(
        " nama: Kegiatan\n", " nama: Kegiatan\n                  sasaran: [renstra/1/1/1/1]\n"
    )
    pemda = impor_teks(teks)
    program = Sasaran.objects.get(tingkat="sasaran_program")
    kegiatan = Sasaran.objects.get(tingkat="sasaran_kegiatan")
    assert [p.kode for p in program.program_kegiatan_set.all()] == ["1.01.01"]
    assert sorted(p.kode for p in kegiatan.program_kegiatan_set.all()) == [
        "1.01.01.2.01",
        "1.01.01.2.01.01",
    ]
    sekali = tulis(ekspor_pemda(pemda))
    assert "sasaran: [renstra/1/1/1]" in sekali or "- renstra/1/1/1\n" in sekali
    Pemda.objects.all().delete()
    impor_teks(sekali)
    assert tulis(ekspor_pemda(Pemda.objects.get())) == sekali
    with pytest.raises(ImporError, match=r"program\[0\]\.sasaran: sasaran 'renstra/1/9' tidak ada"):
        impor_teks(teks.replace("sasaran: [renstra/1/1/1]", "sasaran: [renstra/1/9]"))
