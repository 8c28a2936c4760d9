"""The parsed formulas a process keeps, per formula text, are bounded: a long-running
server does not grow with every formula ever typed."""

from sakip.pengukuran import massal
from sakip.pengukuran.hitung import UKURAN_SIMPANAN_RUMUS, nama_rumus, rumus_tersimpan


def test_the_formula_caches_keep_at_most_the_bound():
    for simpanan in (rumus_tersimpan, massal._bentuk):
        assert simpanan.cache_info().maxsize == UKURAN_SIMPANAN_RUMUS
    for i in range(UKURAN_SIMPANAN_RUMUS + 5):
        rumus_tersimpan(f"a + {i}")
    assert rumus_tersimpan.cache_info().currsize == UKURAN_SIMPANAN_RUMUS


def test_an_invalid_stored_formula_reads_no_variable():
    assert nama_rumus("a + b") == {"a", "b"}
    assert nama_rumus("a +") == frozenset()
