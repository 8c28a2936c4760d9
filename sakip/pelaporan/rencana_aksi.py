"""The Rencana Aksi document of an OPD's year: the actions per indicator and quarter
(Tabel 1), and the quarterly reports on them beside the progress of the actions and the
indicator's capaian (Tabel 2), signed by the head of the OPD."""

from sakip.aksi.hitung import anggaran_aksi
from sakip.aksi.hitung import rencana_aksi as data_rencana_aksi
from sakip.kinerja.triwulan import nama_triwulan, singkatan_triwulan

from .bagian import kepala
from .dokumen import LANJUT, Dokumen, Judul, Paragraf, Tabel, TandaTangan, persen, rupiah, teks


def _waktu(aksi):
    waktu = singkatan_triwulan(aksi.triwulan)
    return f"{waktu} ({aksi.nama_bulan})" if aksi.bulan else waktu


def rencana_aksi(opd, tahun):
    daftar = data_rencana_aksi(opd, tahun)
    dok = Dokumen("Rencana Aksi", f"{opd.nama}\nTahun {tahun}")
    dok.tambah(
        Paragraf(
            "Rencana aksi ini menjabarkan Perjanjian Kinerja tahun "
            f"{tahun} ke dalam aksi per triwulan: penanggung jawab, sub kegiatan yang "
            "mendanainya, anggaran, target dan statusnya menurut laporan terakhir."
        )
    )
    rencana, sebelum = [], None
    dengan_aksi = [ind for ind in daftar if ind.jumlah_aksi]
    for ind in dengan_aksi:
        for n, a in enumerate(_semua(ind)):
            x, sub = a.aksi, a.aksi.sub_kegiatan
            rencana.append(
                [
                    LANJUT if ind.sasaran == sebelum else teks(_simpul(ind.sasaran)),
                    LANJUT if n else teks(ind.indikator.nama),
                    teks(x.uraian),
                    teks(_waktu(x)),
                    teks(x.penanggung_jawab.nama if x.penanggung_jawab else ""),
                    teks(sub.kode if sub else ""),
                    rupiah(x.anggaran),
                    teks(x.target),
                    teks(a.status),
                ]
            )
            sebelum = ind.sasaran
    if len(dengan_aksi) < len(daftar):
        dok.tambah(
            Paragraf(
                f"{len(daftar) - len(dengan_aksi)} dari {len(daftar)} indikator Perjanjian "
                "Kinerja dan sasaran di bawahnya belum memiliki aksi, sehingga tidak dimuat."
            )
        )
    dok.tambah(Judul("Rencana aksi per indikator"))
    dok.tambah(
        Tabel(
            f"Rencana Aksi {tahun}",
            [
                "Sasaran",
                "Indikator",
                "Aksi",
                "Waktu",
                "Penanggung jawab",
                "Sub kegiatan",
                "Anggaran (Rp)",
                "Target",
                "Status",
            ],
            rencana,
            melintang=True,
        )
    )
    laporan = []
    for ind in dengan_aksi:
        for t in ind.triwulan:
            lapor = [(a, a.laporan[t.triwulan]) for a in _semua(ind) if t.triwulan in a.laporan]
            for n, (a, lap) in enumerate(lapor or [(None, None)]):
                awal = [
                    LANJUT if n or t.triwulan > 1 else teks(ind.indikator.nama),
                    LANJUT if n else teks(nama_triwulan(t.triwulan)),
                    LANJUT if n else persen(t.kemajuan),
                    LANJUT if n else persen(t.capaian),
                ]
                if lap is None:
                    laporan.append([*awal, teks("Belum ada laporan"), *[teks("")] * 4])
                    continue
                laporan.append(
                    [
                        *awal,
                        teks(a.aksi.uraian),
                        teks(lap.get_status_display()),
                        teks(lap.pelaksanaan),
                        teks(lap.kendala),
                        teks(lap.tindak_lanjut),
                    ]
                )
    dok.tambah(
        Tabel(
            f"Anggaran Rencana Aksi {tahun} per Sub Kegiatan",
            ["Kode", "Sub kegiatan", "Pagu (Rp)", "Anggaran aksi (Rp)", "Sisa pagu (Rp)"],
            [
                [teks(sub.kode), teks(sub.nama), rupiah(sub.pagu_berlaku), rupiah(n), rupiah(sisa)]
                for sub, n, sisa in anggaran_aksi(opd, tahun)
            ],
            melintang=True,  # with the other tables: the whole document is landscape
        )
    )
    dok.tambah(Judul("Laporan pelaksanaan aksi per triwulan"))
    dok.tambah(
        Tabel(
            f"Laporan Pelaksanaan Rencana Aksi {tahun}",
            [
                "Indikator",
                "Triwulan",
                "Kemajuan aksi (%)",
                "Capaian indikator (%)",
                "Aksi",
                "Status",
                "Yang telah dilaksanakan",
                "Kendala",
                "Tindak lanjut",
            ],
            laporan,
            melintang=True,
        )
    )
    dok.tambah(TandaTangan((kepala(opd),)))
    return dok


def _semua(ind):
    return [a for t in ind.triwulan for a in t.aksi]


def _simpul(s):
    return f"{s.get_tingkat_display()} {s.nomor}: {s.nama}"
