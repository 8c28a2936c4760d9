"""A small trend chart (realisasi against target per year), drawn as SVG coordinates
that the template renders: no JavaScript, no chart library needed for one line."""

from decimal import Decimal

from sakip.kinerja.angka import format_angka

LEBAR, TINGGI, TEPI = 480, 180, 32


def tren(titik):
    """titik: [(tahun, realisasi or None, target or None)] -> coordinates for the template."""
    nilai = [v for _, r, t in titik for v in (r, t) if v is not None]
    if not titik or not nilai:
        return None
    atas = max(max(nilai), Decimal(0)) * Decimal("1.1") or Decimal(1)
    bawah = min(min(nilai), Decimal(0))
    langkah = (LEBAR - 2 * TEPI) / max(len(titik) - 1, 1)

    def y(v):
        return round(TINGGI - TEPI - float((v - bawah) / (atas - bawah)) * (TINGGI - 2 * TEPI), 1)

    def garis(indeks):
        return " ".join(
            f"{round(TEPI + i * langkah, 1)},{y(p[indeks])}"
            for i, p in enumerate(titik)
            if p[indeks] is not None
        )

    return {
        "lebar": LEBAR,
        "tinggi": TINGGI,
        "realisasi": garis(1),
        "target": garis(2),
        "titik": [
            {"x": round(TEPI + i * langkah, 1), "y": y(r), "tahun": tahun, "teks": format_angka(r)}
            for i, (tahun, r, _) in enumerate(titik)
            if r is not None
        ],
        "titik_target": [
            {"x": round(TEPI + i * langkah, 1), "y": y(t), "teks": format_angka(t)}
            for i, (_, _, t) in enumerate(titik)
            if t is not None
        ],
        "label": [
            {"x": round(TEPI + i * langkah, 1), "tahun": tahun}
            for i, (tahun, _, _) in enumerate(titik)
        ],
        "dasar": TINGGI - TEPI + 16,
    }
