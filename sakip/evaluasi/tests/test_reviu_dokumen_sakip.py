"""sakip's own documents are right by construction: every demo document, in every format,
reviewed as an outside document gives no finding. A figure sakip computes from unrounded
data and prints beside its rounded inputs is within the range those printed inputs reach
(`sakip.kinerja.reviu.rentang`)."""

import pytest

from sakip.evaluasi.reviu_dokumen import reviu_berkas
from sakip.instansi.models import OPD
from sakip.pelaporan.jenis import JENIS
from sakip.pelaporan.render import PENYUSUN
from sakip.pelaporan.siap import susun_dokumen
from sakip.pelaporan.tests.test_perintah_dokumen import DEMO

# The world must exist (the test database is set up only for tests that use it).
pytestmark = pytest.mark.usefixtures("demo")


@pytest.mark.slow
@pytest.mark.parametrize("opd, tahun", DEMO)
def test_every_demo_document_reviews_without_findings(baca_dunia, opd, tahun):
    def render():
        o = OPD.objects.get(slug=opd)
        return {
            (jenis, f): penyusun(dok)
            for jenis in JENIS
            for dok in [susun_dokumen(jenis, o, tahun)]
            for f, penyusun in PENYUSUN.items()
        }

    temuan = [
        (jenis, f, t.aturan, t.lokasi, t.pesan)
        for (jenis, f), isi in baca_dunia(render).items()
        for t in reviu_berkas(f"{jenis}.{f}", isi).temuan
    ]
    assert not temuan, "\n".join(map(str, temuan))
