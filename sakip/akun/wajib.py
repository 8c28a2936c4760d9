"""The forced password change: a user whose password someone else set (an Admin Pemda's
reset, a new account) is led to the change-password page from every other page until they
have chosen their own (`akses.alasan_wajib_ganti_kata_sandi`). Checked on every request,
so no page, link or form gets around it; logging in and out still work."""

from django.shortcuts import redirect

from .akses import alasan_wajib_ganti_kata_sandi

HALAMAN_BEBAS = {"ganti-kata-sandi", "login", "logout"}


class WajibGantiKataSandi:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.resolver_match.url_name in HALAMAN_BEBAS:
            return None
        if alasan_wajib_ganti_kata_sandi(request.user):
            return redirect("ganti-kata-sandi")
        return None
