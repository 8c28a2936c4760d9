"""The Inspektorat's review in a real browser (Debian's Chromium via Playwright)."""

import pytest
from playwright.sync_api import expect

from .dokumen_uji import TABEL_3_4, docx

pytestmark = pytest.mark.browser


def test_a_reviewer_uploads_a_document_and_accepts_a_finding(peramban, tmp_path):
    berkas = tmp_path / "LKjIP Jambi 2024.docx"
    berkas.write_bytes(docx(TABEL_3_4))
    page = peramban.masuk("inspektorat-jambi")
    page.goto(f"{peramban.url}/opd/dtkk-ukm-jambi/reviu/2024/")
    label = "Dokumen (.docx, .xlsx atau .pdf, paling besar 10 MB)"
    page.get_by_label(label).set_input_files(berkas)
    page.get_by_role("button", name="Reviu dokumen").click()
    expect(page.get_by_role("heading", name="Reviu dokumen: LKjIP Jambi 2024.docx")).to_be_visible()
    expect(page.get_by_text("Tabel 3.4 Capaian IKU: dibaca: capaian kinerja")).to_be_visible()
    # Jambi Tabel 3.4: 639 / 1.257 × 100 = 50,84, printed 51,00; the findings are grouped
    # by table and rule, each group folded with its count; the capaian computed from the
    # wrong realisation (R29) is listed under it.
    r01 = page.locator("details", has_text="R01 Realisasi tercatat berbeda")
    expect(r01).to_contain_text("2 temuan")
    r01.locator("summary").click()
    expect(r01.get_by_role("row").nth(1)).to_contain_text("50,84")
    expect(r01.get_by_role("row").nth(2)).to_contain_text("↳ akibat dari R01")
    # Back on the stored data's review, the reviewer accepts the composite target finding.
    page.get_by_role("link", name="Reviu 2024 · Dinas Tenaga Kerja").click()
    r04 = page.locator("details", has_text="R04 Target indikator komposit")
    r04.locator("summary").click()
    r04.get_by_label("Alasan diterima").fill("Target komposit ditetapkan dalam Renstra")
    r04.get_by_role("button", name="Terima").click()
    # Back at the same group, open, with the message in it.
    assert page.url.endswith(f"#{r04.get_attribute('id')}")
    expect(r04.get_by_text("1 temuan R04 diterima.")).to_be_visible()
    expect(r04.get_by_role("row").nth(1)).to_contain_text(
        "Diterima oleh inspektorat-jambi: Target komposit ditetapkan dalam Renstra"
    )
