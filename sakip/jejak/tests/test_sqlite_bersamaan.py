"""Two people saving at the same moment on SQLite: the second save waits for the first
instead of failing with "database is locked" (a server error), and neither is lost.

Every save reads the record before writing it (`catat.simpan`: the optimistic lock and
the audit's old values). On SQLite a transaction that read first could not take the write
lock while another one held it, so one of two simultaneous saves failed. Run on a file
database with the project's own connection settings (the test database is in memory)."""

import copy
import threading
import time

import pytest
from django.db import connections, transaction
from django.db.backends.sqlite3.base import DatabaseWrapper

ALIAS = "bersamaan"
SQLITE = connections["default"].vendor == "sqlite"


def simpan(pengaturan, sebelum=None, sesudah=None, galat=None):
    """Read the counter, then write it plus one, in one transaction as `simpan` does."""
    connections[ALIAS] = DatabaseWrapper(copy.deepcopy(pengaturan), ALIAS)
    try:
        if sebelum:
            sebelum.wait(10)
        with transaction.atomic(using=ALIAS), connections[ALIAS].cursor() as c:
            c.execute("SELECT nilai FROM hitungan WHERE id = 1")
            (nilai,) = c.fetchone()
            if sesudah:
                sesudah.set()
                time.sleep(0.5)  # the other save starts while this one is between read and write
            c.execute("UPDATE hitungan SET nilai = %s WHERE id = 1", [nilai + 1])
    except Exception as e:
        galat.append(e)
    finally:
        connections[ALIAS].close()


@pytest.mark.skipif(not SQLITE, reason="only SQLite locks the whole database")
def test_two_simultaneous_saves_both_succeed(tmp_path, django_db_blocker):
    pengaturan = {**connections["default"].settings_dict, "NAME": str(tmp_path / "db.sqlite3")}
    with django_db_blocker.unblock():
        awal = DatabaseWrapper(copy.deepcopy(pengaturan), ALIAS)
        with awal.cursor() as c:
            c.execute("CREATE TABLE hitungan (id integer PRIMARY KEY, nilai integer)")
            c.execute("INSERT INTO hitungan VALUES (1, 0)")
        awal.close()
        dibaca, galat = threading.Event(), []
        pertama = threading.Thread(target=simpan, args=(pengaturan, None, dibaca, galat))
        kedua = threading.Thread(target=simpan, args=(pengaturan, dibaca, None, galat))
        for t in (pertama, kedua):
            t.start()
        for t in (pertama, kedua):
            t.join(60)
        assert galat == []
        akhir = DatabaseWrapper(copy.deepcopy(pengaturan), ALIAS)
        with akhir.cursor() as c:
            c.execute("SELECT nilai FROM hitungan WHERE id = 1")
            assert c.fetchone() == (2,)
        akhir.close()
