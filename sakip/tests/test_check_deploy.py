"""`sakip check --deploy` is clean with the production environment docs/produksi.md gives,
and still warns on a plain local setup (so the clean result is the settings' doing)."""

from .proses import AKAR, jalankan

PERIKSA = (
    "from django.core.management import call_command\n"
    "call_command('check', deploy=True, fail_level='WARNING')"
)


def lingkungan_produksi():
    """The variables of the env file in docs/produksi.md (the block headed by its path)."""
    teks = (AKAR / "docs" / "produksi.md").read_text(encoding="utf-8")
    blok = teks.split("# /etc/sakip/sakip.env\n", 1)[1].split("```", 1)[0]
    return dict(b.split("=", 1) for b in blok.splitlines() if b and not b.startswith("#"))


def test_the_documented_environment_passes_the_deploy_check(tmp_path):
    env = lingkungan_produksi()
    assert env["SAKIP_HTTPS"] == "1" and "SECRET_KEY" not in env
    env["SAKIP_DATA_DIR"] = str(tmp_path)
    r = jalankan(PERIKSA, SECRET_KEY=None, DEBUG=None, **env)
    assert r.returncode == 0, r.stderr
    assert r.stdout + r.stderr == "System check identified no issues (0 silenced).\n"


def test_plain_http_still_warns(tmp_path):
    r = jalankan(PERIKSA, SECRET_KEY=None, SAKIP_HTTPS=None, SAKIP_DATA_DIR=str(tmp_path))
    assert r.returncode == 1
    for kode in ("W004", "W008", "W012", "W016"):
        assert f"security.{kode}" in r.stderr
