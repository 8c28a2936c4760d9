"""Quarter names, written one way everywhere: "Triwulan I" … "Triwulan IV", and "Tahunan"
for the year's own values; "TW I" only in a column heading with no room for more."""

ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}

NAMA_BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip


def nama_triwulan(triwulan: int) -> str:
    """1 -> "Triwulan I"; 0 (the year's own values) -> "Tahunan"."""
    return f"Triwulan {ROMAWI[triwulan]}" if triwulan else "Tahunan"


def singkatan_triwulan(triwulan: int) -> str:
    """1 -> "TW I", for a column heading; 0 -> "Tahunan"."""
    return f"TW {ROMAWI[triwulan]}" if triwulan else "Tahunan"


# Choices of a field holding a quarter (0: the year's own values).
PILIHAN_TRIWULAN = [(t, nama_triwulan(t)) for t in range(5)]
