"""Production safety that Django 5.2 does not ship: the secret key kept in the data folder
when none is given, and the Content-Security-Policy header."""

import os
import secrets

from django.conf import settings


def kunci_rahasia(data_dir):
    """The key in `data_dir/secret_key`, written once with a random value readable only by
    its owner. Two processes starting together agree: the file appears whole or not at all
    (written aside, then linked into place) and the loser reads the winner's key."""
    berkas = data_dir / "secret_key"
    if not berkas.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        sementara = data_dir / f".secret_key.{os.getpid()}.{secrets.token_hex(4)}"
        fd = os.open(sementara, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(50))
        try:
            os.link(sementara, berkas)
        except FileExistsError:
            pass
        finally:
            os.unlink(sementara)
    return berkas.read_text().strip()


class KebijakanKonten:
    """Sends settings.SAKIP_CSP as Content-Security-Policy; "{nonce}" in it becomes a fresh
    value per request, which inline scripts carry as `nonce="{{ request.csp_nonce }}"`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.csp_nonce = secrets.token_urlsafe(16)
        response = self.get_response(request)
        kebijakan = settings.SAKIP_CSP
        if kebijakan and "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = kebijakan.replace("{nonce}", request.csp_nonce)
        return response
