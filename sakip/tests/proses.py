"""Run a fresh Python process on this checkout's sakip, with a chosen environment."""

import os
import subprocess
import sys
from pathlib import Path

AKAR = Path(__file__).resolve().parents[2]


def jalankan(kode, **env):
    """Run `kode` after Django's setup; variables given as None are removed."""
    lingkungan = {**os.environ, "DJANGO_SETTINGS_MODULE": "sakip.settings"}
    for k, v in env.items():
        if v is None:
            lingkungan.pop(k, None)
        else:
            lingkungan[k] = v
    awal = "import django; django.setup()\n"
    return subprocess.run(
        [sys.executable, "-c", awal + kode],
        cwd=AKAR,
        env=lingkungan,
        capture_output=True,
        text=True,
        timeout=120,
    )
