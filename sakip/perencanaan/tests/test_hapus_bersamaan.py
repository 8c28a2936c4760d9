"""A reference added while a delete is under way is seen (PostgreSQL): the delete locks the
row before it looks at what refers to it, so a transaction that adds a tujuan to a misi
makes the delete of that misi wait, and then refuse, instead of deleting it and silently
emptying the new tujuan's misi."""

import threading
import time

import pytest
from django.db import connection, transaction

from sakip.instansi.models import Pemda
from sakip.jejak.terkait import TidakBolehDihapus
from sakip.perencanaan.models import Misi, Periode, Tujuan
from sakip.perencanaan.ubah import hapus_misi

PG = connection.vendor == "postgresql"


def _menunggu_kunci():
    with connection.cursor() as c:
        c.execute("SELECT count(*) FROM pg_locks WHERE NOT granted")
        return c.fetchone()[0] > 0


@pytest.mark.skipif(not PG, reason="row locks are PostgreSQL's")
def test_a_tujuan_added_during_the_delete_of_its_misi_is_seen(transactional_db):
    pemda = Pemda.objects.create(slug="uji", nama="Uji", jenis=Pemda.Jenis.choices[0][0])
    periode = Periode.objects.create(
        pemda=pemda,
        kode="rpjmd",
        jenis=Periode.Jenis.choices[0][0],
        nama="P",
        tahun_awal=2025,
        tahun_akhir=2026,
    )
    misi = Misi.objects.create(periode=periode, nomor=1, teks="Misi")
    dikunci, lepas, hasil = threading.Event(), threading.Event(), []

    def tambah_tujuan():
        try:
            with transaction.atomic():
                Misi.objects.select_for_update().get(pk=misi.pk)
                Tujuan.objects.create(periode=periode, nomor="1", nama="Tujuan", misi=misi)
                dikunci.set()
                lepas.wait(20)
        finally:
            connection.close()

    def hapus():
        try:
            hapus_misi(None, misi)
            hasil.append("dihapus")
        except TidakBolehDihapus as e:
            hasil.append(str(e))
        finally:
            connection.close()

    penambah = threading.Thread(target=tambah_tujuan)
    penambah.start()
    assert dikunci.wait(20)
    penghapus = threading.Thread(target=hapus)
    penghapus.start()
    batas = time.monotonic() + 20
    while not _menunggu_kunci() and time.monotonic() < batas:
        time.sleep(0.05)
    lepas.set()
    penambah.join(20)
    penghapus.join(20)
    assert len(hasil) == 1 and "masih memiliki data terkait: tujuan (1)" in hasil[0]
    assert Misi.objects.filter(pk=misi.pk).exists()
    assert Tujuan.objects.get(periode=periode).misi_id == misi.pk
