"""A PDF render pauses the cyclic garbage collector (it would walk WeasyPrint's growing heap
again and again) and collects the render's garbage once, at its end; the collector is on
again afterwards, after a failed render too."""

import gc

import pytest

from sakip.instansi.models import OPD
from sakip.pelaporan.render import ke_pdf
from sakip.pelaporan.siap import susun_dokumen


@pytest.fixture
def koleksi():
    """The generation of every collection started meanwhile."""
    mulai = []

    def catat(fase, info):
        if fase == "start":
            mulai.append(info["generation"])

    gc.callbacks.append(catat)
    yield mulai
    gc.callbacks.remove(catat)


def test_one_young_collection_at_the_end_of_a_render(demo, koleksi):
    dok = susun_dokumen("iku", OPD.objects.get(slug="disnakerind-tebing-tinggi"), 2022)
    koleksi.clear()
    assert ke_pdf(dok).startswith(b"%PDF")
    assert koleksi == [0]
    assert gc.isenabled()


def test_the_collector_is_on_again_after_a_failed_render(koleksi):
    koleksi.clear()
    with pytest.raises(AttributeError):
        ke_pdf(None)
    assert koleksi == [0]
    assert gc.isenabled()
