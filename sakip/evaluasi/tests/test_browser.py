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
    # Jambi Tabel 3.4: 639 / 1.257 × 100 = 50,84, printed 51,00.
    # (The row whose rule is R01: its consequence's row names R01 as its cause.)
    r01 = page.get_by_role("row").filter(has=page.get_by_role("cell", name="R01", exact=True))
    expect(r01).to_contain_text("50,84")
    # Back on the stored data's review, the reviewer accepts the composite target finding.
    page.get_by_role("link", name="Reviu 2024 · Dinas Tenaga Kerja").click()
    baris = page.get_by_role("row").filter(has_text="R04")
    baris.get_by_label("Alasan diterima").fill("Target komposit ditetapkan dalam Renstra")
    baris.get_by_role("button", name="Terima").click()
    expect(page.get_by_text("Temuan R04 diterima.")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text="R04")).to_contain_text(
        "Diterima oleh inspektorat-jambi: Target komposit ditetapkan dalam Renstra"
    )
