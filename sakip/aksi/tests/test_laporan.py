"""The quarterly report on an action: what was done, obstacles, next steps, status and an
evidence file, stored as the indicator's evidence of that quarter; audited; downloaded by
whoever sees the action."""

from django.core.files.uploadedfile import SimpleUploadedFile

from sakip.aksi.models import LaporanAksi
from sakip.jejak.models import Jejak
from sakip.pengukuran.models import BuktiDukung

from .conftest import RENCANA
from .test_akses import LAPORAN

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


def test_it_files_a_report_with_evidence(aksi, terbuka, masuk):
    c = masuk("operator-tebing")
    berkas = SimpleUploadedFile("foto kegiatan.png", PNG, content_type="image/png")
    r = c.post(
        f"/aksi/{aksi.pk}/triwulan/2/",
        {**LAPORAN, "status": "selesai", "berkas": berkas, "keterangan": "Foto sosialisasi"},
    )
    assert r.status_code == 302
    lap = LaporanAksi.objects.get(aksi=aksi, triwulan=2)
    assert (lap.status, lap.persen, lap.pelaksanaan) == (
        "selesai",
        40,
        "Sebagian perusahaan telah diperiksa",
    )
    (bukti,) = lap.bukti.all()
    assert (bukti.indikator_id, bukti.tahun, bukti.triwulan) == (aksi.indikator_id, 2022, 2)
    assert (bukti.nama_asli, bukti.keterangan) == ("foto kegiatan.png", "Foto sosialisasi")
    jejak = Jejak.objects.filter(objek__in=["laporan aksi", "bukti dukung"]).order_by("pk")
    assert [j.objek for j in jejak] == ["bukti dukung", "laporan aksi"]
    assert jejak[1].baru["status"] == "selesai" and jejak[1].baru["bukti"] == [str(bukti.pk)]
    assert jejak[1].pengguna.username == "operator-tebing"

    halaman = c.get(f"/aksi/{aksi.pk}/triwulan/2/")
    assert "foto kegiatan.png" in halaman.text
    unduh = c.get(f"/aksi/{aksi.pk}/bukti/{bukti.pk}/")
    assert b"".join(unduh.streaming_content) == PNG
    assert "(1 bukti)" in c.get(RENCANA).text
    # Another OPD does not reach the file.
    assert masuk("operator-jambi").get(f"/aksi/{aksi.pk}/bukti/{bukti.pk}/").status_code == 404


def test_a_file_whose_content_is_not_its_type_is_refused(aksi, terbuka, masuk):
    c = masuk("operator-tebing")
    palsu = SimpleUploadedFile("foto.png", b"%PDF-1.4 bukan gambar", content_type="image/png")
    r = c.post(f"/aksi/{aksi.pk}/triwulan/2/", {**LAPORAN, "berkas": palsu})
    assert r.status_code == 200
    assert "Isi berkas tidak sesuai dengan ekstensinya (.png)" in r.text
    assert not LaporanAksi.objects.filter(aksi=aksi, triwulan=2).exists()
    assert not BuktiDukung.objects.filter(indikator=aksi.indikator, triwulan=2).exists()


def test_a_progress_outside_0_to_100_is_refused(aksi, terbuka, masuk):
    r = masuk("operator-tebing").post(f"/aksi/{aksi.pk}/triwulan/2/", {**LAPORAN, "persen": "120"})
    assert "Kemajuan harus antara 0 dan 100." in r.text
    assert not LaporanAksi.objects.filter(aksi=aksi, triwulan=2).exists()


def test_an_unknown_quarter_is_not_found(aksi, masuk):
    assert masuk("operator-tebing").get(f"/aksi/{aksi.pk}/triwulan/5/").status_code == 404
