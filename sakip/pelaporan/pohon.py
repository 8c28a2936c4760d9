"""The pohon kinerja of an OPD-year as a document: its indented table, one row per node
and indicator (a node's own cells merged over its indicators' rows), for the XLSX and PDF
downloads of the pohon page. The numbers are `pohon_kinerja`'s, as on the page and in
`sakip pohon`."""

from sakip.anggaran.pohon_kinerja import pohon_kinerja
from sakip.kinerja.pohon import SEBUTAN, datar

from .dokumen import LANJUT, Dokumen, Paragraf, Tabel, persen, rupiah, teks, ukuran

KOLOM = [
    "Tingkat",
    "Nomor",
    "Nama",
    "Penanggung jawab",
    "NIP",
    "Indikator",
    "Satuan",
    "Target",
    "Realisasi",
    "Capaian indikator (%)",
    "Capaian (%)",
    "Pagu (Rp)",
    "Realisasi anggaran (Rp)",
]

# Two no-break spaces per level: an indent that survives HTML and XLSX and, unlike a
# breakable space, never wraps away from the name in a narrow column.
JOROK = "\u00a0\u00a0"


def dokumen_pohon(opd, tahun, terlihat=lambda mitra: False):
    """`terlihat(partner OPD)`: whether the reader may see a crosscutting partner's
    capaian (`pohon_kinerja`)."""
    pohon = pohon_kinerja(opd, tahun, terlihat)
    baris = []
    for kedalaman, s in datar(pohon.akar):
        nama, nip = s.penanggung_jawab or ("", "")
        simpul = [
            teks(SEBUTAN[s.tingkat]),
            teks(s.nomor),
            teks(JOROK * kedalaman + s.nama),
            teks(nama),
            teks(nip),
        ]
        uang = [
            persen(pohon.capaian(s)),
            rupiah(s.serapan.pagu if s.serapan else None),
            rupiah(s.serapan.realisasi if s.serapan else None),
        ]
        indikator = [
            [
                teks(n.nama),
                teks(n.satuan),
                ukuran(n.target, n.satuan, tulis_satuan=False),
                ukuran(n.realisasi, n.satuan, tulis_satuan=False),
                persen(n.capaian),
            ]
            for n in s.indikator
        ] or [[teks(None)] * 5]
        for i, isi in enumerate(indikator):
            if i == 0:
                baris.append(simpul + isi + uang)
            else:  # the node's cells continue over its other indicators
                baris.append([LANJUT] * len(simpul) + isi + [LANJUT] * len(uang))
        for t in s.lintas:  # its crosscutting links, one row each under it
            baris.append(
                [teks("Crosscutting"), teks(""), teks(JOROK * (kedalaman + 1) + t.mitra)]
                + [teks(""), teks("")]
                + [teks(f"Kontribusi: {t.catatan}" if t.catatan else ""), teks("")]
                + [teks(None)] * 3
                + [persen(t.capaian), rupiah(None), rupiah(None)]
            )
    dok = Dokumen("Pohon Kinerja", f"{opd.nama}\nTahun {tahun}")
    dok.tambah(Tabel(f"Pohon kinerja {opd.nama} tahun {tahun}", KOLOM, baris, melintang=True))
    dok.tambah(
        Paragraf(
            "Capaian tujuan dan sasaran OPD = rata-rata capaian indikatornya; capaian sub "
            "kegiatan = capaian indikator keluarannya; capaian sasaran program dan kegiatan "
            f"menurut pilihan Pemda: {opd.pemda.get_gabung_capaian_display().lower()}. "
            "Pagu dan realisasi anggaran di bawah setiap cabang = jumlah sub kegiatan yang "
            "mendukungnya, masing-masing dihitung sekali."
        )
    )
    if any(s.lintas for _, s in datar(pohon.akar)):
        dok.tambah(
            Paragraf(
                "Baris Crosscutting: keterkaitan lintas OPD yang diterima kedua OPD, dengan "
                "capaian sasaran OPD mitra pada kolom Capaian (tidak ikut dihitung dalam "
                "capaian pohon ini; kosong bila belum dapat dilihat)."
            )
        )
    for c in pohon.celah():
        dok.tambah(Paragraf(f"Celah: {c.pesan}"))
    return dok
