"""The audit page's date filters show the dates filtered by again, in the browser's date
box (ISO), so filtering once more keeps them. (A bound form echoes what was sent, so this
guards the shared date input rather than a defect seen here.)"""

URL = "/opd/disnakerind-tebing-tinggi/jejak/"


def test_the_filter_dates_show_again(masuk):
    r = masuk("operator-tebing").get(URL, {"dari": "2026-11-01", "sampai": "2026-11-29"})
    assert r.status_code == 200
    html = r.content.decode()
    assert 'name="dari" value="2026-11-01"' in html
    assert 'name="sampai" value="2026-11-29"' in html
