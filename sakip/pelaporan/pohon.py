"""The pohon kinerja of an OPD-year, or of a whole Pemda-year, as a document: its indented
table, one row per node and indicator (a node's own cells merged over its indicators' rows),
for the XLSX and PDF downloads of the pohon pages. The numbers are `pohon_kinerja`'s (or
`pohon_kinerja_pemda`'s), as on the pages and in `sakip pohon`."""

from sakip.anggaran.pohon_kinerja import pohon_kinerja, pohon_kinerja_pemda
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
    return _dokumen(pohon_kinerja(opd, tahun, terlihat), opd.nama, tahun, opd.pemda)


def dokumen_pohon_pemda(pemda, tahun):
    """The Pemda's whole tree, with the OPD of each OPD tujuan and sasaran in a column."""
    return _dokumen(pohon_kinerja_pemda(pemda, tahun), pemda.nama, tahun, pemda, dengan_opd=True)


def _dokumen(pohon, nama_instansi, tahun, pemda, dengan_opd=False):
    baris = []
    for kedalaman, s in datar(pohon.akar):
        nama, nip = s.penanggung_jawab or ("", "")
        simpul = [
            teks(SEBUTAN[s.tingkat]),
            teks(s.nomor),
            teks(JOROK * kedalaman + s.nama),
            *([teks(s.opd[1] if s.opd else None)] if dengan_opd else []),
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
                + ([teks(None)] if dengan_opd else [])
                + [teks(""), teks("")]
                + [teks(f"Kontribusi: {t.catatan}" if t.catatan else ""), teks("")]
                + [teks(None)] * 3
                + [persen(t.capaian), rupiah(None), rupiah(None)]
            )
    kolom = KOLOM[:3] + ["OPD"] + KOLOM[3:] if dengan_opd else KOLOM
    dok = Dokumen("Pohon Kinerja", f"{nama_instansi}\nTahun {tahun}")
    dok.tambah(Tabel(f"Pohon kinerja {nama_instansi} tahun {tahun}", kolom, baris, melintang=True))
    dok.tambah(
        Paragraf(
            "Capaian tujuan dan sasaran = rata-rata capaian indikatornya; capaian sub "
            "kegiatan = capaian indikator keluarannya; capaian sasaran program dan kegiatan "
            f"menurut pilihan Pemda: {pemda.get_gabung_capaian_display().lower()}. "
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
