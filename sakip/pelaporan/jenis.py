"""The documents that can be downloaded, by the name in their address."""

from .lkjip import lkjip
from .susun import iku, pk, renstra, rfk, triwulan

JENIS = {
    "iku": iku,
    "renstra": renstra,
    "pk": pk,
    "lkjip": lkjip,
    "rfk": rfk,
    "triwulan": triwulan,
}
