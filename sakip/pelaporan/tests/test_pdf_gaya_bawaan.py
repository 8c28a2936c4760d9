"""The PDF is laid out with WeasyPrint's HTML stylesheet less the rules that styled
pseudo-elements of every element (footnotes, notes; list markers are kept for list items):
those rules and only those are gone, and the stylesheet is the one a render uses (WeasyPrint
takes it from `HTML._ua_stylesheets`: were that hook renamed, the saving would go silently)."""

from weasyprint.html import UA

from sakip.pelaporan.render import UA_DOKUMEN, _Halaman


def test_only_the_rules_for_every_elements_pseudo_elements_are_gone():
    bawaan, dokumen = set(UA.splitlines()), set(UA_DOKUMEN.splitlines())
    hilang = sorted(b.split(" {")[0] for b in bawaan - dokumen)
    assert hilang == [
        "::footnote-call",
        "::footnote-marker",
        "::marker",
        "::note-call",
        "::note-callback",
        "::note-marker",
    ]
    assert [b.split(" {")[0] for b in dokumen - bawaan] == ["li::marker"]


def test_a_render_takes_the_documents_stylesheet():
    dipakai = []

    class Halaman(_Halaman):
        def _ua_stylesheets(self, forms=False):
            dipakai.append(super()._ua_stylesheets(forms))
            return dipakai[-1]

    assert Halaman(string="<p>Teks</p>").write_pdf().startswith(b"%PDF")
    assert dipakai == [[_Halaman._UA]]
