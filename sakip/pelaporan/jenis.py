"""The documents that can be downloaded, by the name in their address."""

from .iku import iku
from .lkjip import lkjip
from .susun import pk, renstra, rfk, triwulan

JENIS = {
    "iku": iku,
    "renstra": renstra,
    "pk": pk,
    "lkjip": lkjip,
    "rfk": rfk,
    "triwulan": triwulan,
}
