"""The pohon kinerja drawing (`grafik.pohon`): one box per node with its level, name,
owner, capaian and budget in Indonesian format, coloured by its band, one line per
parent→child, user text escaped, and a fixed size the page scrolls rather than shrinks."""

import xml.etree.ElementTree as ET
from decimal import Decimal

from sakip.dasar import grafik
from sakip.kinerja.anggaran import Serapan
from sakip.kinerja.pohon import SEBUTAN, Simpul

NS = "{http://www.w3.org/2000/svg}"


def _baca(svg):
    return ET.fromstring(str(svg).replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1))


def test_every_node_is_a_box_joined_to_its_parent():
    sub = Simpul(
        "sub_kegiatan",
        '<b>Rapat</b> & "koordinasi"',
        "2.07.01.2.06.09",
        ("Rudi Simanjuntak", "1970"),
        serapan=Serapan(Decimal("69274000"), Decimal("69274000"), Decimal(0), Decimal(100), None),
    )
    kegiatan = Simpul("sasaran_kegiatan", "Administrasi", "1", anak=[sub])
    sasaran = Simpul("sasaran", "Kesempatan kerja", "1", anak=[kegiatan])
    nilai = {id(sasaran): Decimal("52.747252"), id(sub): Decimal(100)}
    svg = grafik.pohon(
        "Pohon",
        sasaran,
        SEBUTAN,
        lambda s: nilai.get(id(s)),
        lambda v: None if v is None else ("tinggi" if v >= 90 else "rendah"),
        lambda s: s.serapan.pagu if s.serapan else None,
    )
    assert "<b>" not in str(svg)
    akar = _baca(svg)
    kotak = akar.findall(f".//{NS}rect")
    assert [k.get("class") for k in kotak] == ["simpul rendah", "simpul tanpa", "simpul tinggi"]
    assert len(akar.findall(f".//{NS}polyline")) == 2  # sasaran→kegiatan, kegiatan→sub
    teks = [t.text for t in akar.iter(f"{NS}text")]
    assert "Sub kegiatan 2.07.01.2.06.09" in teks
    assert '<b>Rapat</b> & "koordinasi"' in teks
    assert "Rudi Simanjuntak" in teks
    assert "Capaian 52,75%" in teks
    assert "Capaian –" in teks
    assert "Capaian 100,00% · Pagu Rp 69.274.000" in teks
    # Three rows of 66 + two gaps of 10 + margins 4; two indents of 26 + a box of 250 + margins.
    assert (akar.get("width"), akar.get("height")) == ("310", "226")
