"""Who calls the API: `Authorization: Bearer <token>` names a user (`akun.hitung.
token_aktif`); without the header the caller is anonymous and reads what the portal
shows. A header with an unknown, revoked or malformed token is refused (401), never read
as anonymous, so a client whose token was revoked learns it."""

from django.contrib.auth.models import AnonymousUser
from ninja.errors import AuthenticationError
from ninja.security import HttpBearer

from sakip.akun.hitung import token_aktif


class TokenAPI(HttpBearer):
    openapi_description = (
        "Token pribadi dari halaman Akun saya. Tanpa token, API memberikan data yang sudah "
        "disetujui saja, seperti portal publik."
    )

    def __call__(self, request):
        if "HTTP_AUTHORIZATION" not in request.META:
            return AnonymousUser()
        pengguna = super().__call__(request)
        if pengguna is None:
            raise AuthenticationError()
        return pengguna

    def authenticate(self, request, token):
        request.token_api = token_aktif(token)  # the rate limit counts per token
        return request.token_api and request.token_api.pengguna
