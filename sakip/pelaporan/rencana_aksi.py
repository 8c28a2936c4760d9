"""The Rencana Aksi document of an OPD's year: the actions per indicator and quarter
(Tabel 1), and the quarterly reports on them beside the progress of the actions and the
indicator's capaian (Tabel 2), signed by the head of the OPD."""

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
    rencana = []
    for ind in daftar:
        aksi = _semua(ind)
        for n, a in enumerate(aksi or [None]):
            kepala_baris = [
                teks(
                    f"{ind.sasaran.get_tingkat_display()} {ind.sasaran.nomor}: {ind.sasaran.nama}"
                ),
                teks(ind.indikator.nama),
            ]
            if n:
                kepala_baris = [LANJUT, LANJUT]
            if a is None:
                rencana.append([*kepala_baris, teks("Belum ada aksi"), *[teks("")] * 6])
                continue
            x = a.aksi
            sub = x.sub_kegiatan
            rencana.append(
                [
                    *kepala_baris,
                    teks(x.uraian),
                    teks(_waktu(x)),
                    teks(x.penanggung_jawab.nama if x.penanggung_jawab else ""),
                    teks(f"{sub.kode} {sub.nama}" if sub else ""),
                    rupiah(x.anggaran),
                    teks(x.target),
                    teks(a.status),
                ]
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
    for ind in daftar:
        for t in ind.triwulan:
            lapor = [(a, a.laporan[t.triwulan]) for a in _semua(ind) if t.triwulan in a.laporan]
            if not lapor and t.kemajuan is None:
                continue
            for n, (a, lap) in enumerate(lapor or [(None, None)]):
                awal = (
                    [
                        teks(ind.indikator.nama),
                        teks(nama_triwulan(t.triwulan)),
                        persen(t.kemajuan),
                        persen(t.capaian),
                    ]
                    if n == 0
                    else [LANJUT] * 4
                )
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
