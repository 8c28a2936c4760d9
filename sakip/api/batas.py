"""The API's rate limit: at most `SAKIP_API_BATAS` requests per `SAKIP_API_JENDELA_DETIK`
seconds from one token, or from one client address without a token; past it, 429 with
Retry-After until the window ends. Counted in Django's cache (the file cache every worker
of one server shares), in fixed windows aligned to the clock, so the wait needs no state.

The address is the connection's REMOTE_ADDR, as for the login limit (`akun.batas`): a
client-supplied X-Forwarded-For is not trusted."""

import math
import time

from django.conf import settings
from django.core.cache import cache
from ninja.throttling import BaseThrottle

# Defaults; each can be overridden in the settings.
BATAS = 120
JENDELA_DETIK = 60


def _setelan():
    return (
        getattr(settings, "SAKIP_API_BATAS", BATAS),
        getattr(settings, "SAKIP_API_JENDELA_DETIK", JENDELA_DETIK),
    )


def penanya(request):
    """Whom a request is counted for: its token, else its address."""
    token = getattr(request, "token_api", None)
    return f"token:{token.pk}" if token else f"ip:{request.META.get('REMOTE_ADDR', '')}"


class BatasAPI(BaseThrottle):
    def allow_request(self, request):
        batas, jendela = _setelan()
        kunci = f"api-batas:{penanya(request)}:{int(time.time() // jendela)}"
        cache.add(kunci, 0, jendela)
        try:
            jumlah = cache.incr(kunci)
        except ValueError:  # expired between add and incr: a new window
            cache.add(kunci, 1, jendela)
            jumlah = 1
        return jumlah <= batas

    def wait(self):
        _, jendela = _setelan()
        return max(1, math.ceil(jendela - time.time() % jendela))
