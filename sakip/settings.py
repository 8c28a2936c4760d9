"""Django settings. Everything that differs between machines comes from the environment."""

import os
from pathlib import Path

import dj_database_url

from sakip.keamanan import kunci_rahasia

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("SAKIP_DATA_DIR", BASE_DIR.parent / "var"))

DEBUG = os.environ.get("DEBUG", "") == "1"
# Never a key written in the code: without SECRET_KEY, one generated on first use and kept
# in the data folder (mode 0600), so the CLI and the server share it across restarts.
SECRET_KEY = os.environ.get("SECRET_KEY") or kunci_rahasia(DATA_DIR)
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost,127.0.0.1,testserver").split(",")

INSTALLED_APPS = [
    # Before django.contrib.auth: its `changepassword` command replaces Django's (audited).
    "sakip.instansi",
    "sakip.akun",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "sakip.perencanaan",
    "sakip.pengukuran",
    "sakip.anggaran",
    "sakip.aksi",
    "sakip.pelaporan",
    "sakip.evaluasi",
    "sakip.lke",
    "sakip.pertukaran",
    "sakip.alur",
    "sakip.jejak",
    "sakip.tolok_ukur",
    "sakip.portal",
    "sakip.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "sakip.keamanan.KebijakanKonten",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "sakip.akun.wajib.WajibGantiKataSandi",
    "sakip.galat.HalamanGalat",
]

# Served over HTTPS behind a reverse proxy that sets X-Forwarded-Proto (see docs/produksi.md):
# secure cookies, redirect to https, HSTS. Off by default so plain http works locally.
SAKIP_HTTPS = os.environ.get("SAKIP_HTTPS", "") == "1"
if SAKIP_HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SAKIP_HSTS_SECONDS", 365 * 24 * 3600))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_PRELOAD = True
# Content-Security-Policy on every response (empty to send none). Pages need inline styles;
# the one inline script (the formula editor) carries the per-request nonce.
SAKIP_CSP = os.environ.get(
    "SAKIP_CSP",
    "default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'",
)

ROOT_URLCONF = "sakip.urls"
WSGI_APPLICATION = "sakip.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "sakip.akun.konteks.peran",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{DATA_DIR / 'sakip.sqlite3'}", conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Simultaneous saves on SQLite: a transaction that read before writing cannot take the
    # write lock later ("database is locked"), so every transaction takes it when it starts
    # (IMMEDIATE) and waits up to 20 s for another writer; with WAL, readers never wait.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        transaction_mode="IMMEDIATE", timeout=20, init_command="PRAGMA journal_mode=WAL"
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The public portal's cache (sakip/portal/singgahan.py), in files under the data folder so
# that every worker process of one server shares it and sees a version moved by another.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": DATA_DIR / "singgahan",
    }
}

# The read-only API (sakip/api/): pages of `limit` items (at most the maximum), and at most
# SAKIP_API_BATAS requests per SAKIP_API_JENDELA_DETIK seconds per token or address.
NINJA_PAGINATION_PER_PAGE = int(os.environ.get("SAKIP_API_PER_HALAMAN", "100"))
NINJA_PAGINATION_MAX_LIMIT = int(os.environ.get("SAKIP_API_MAKS_HALAMAN", "500"))
SAKIP_API_BATAS = int(os.environ.get("SAKIP_API_BATAS", "120"))
SAKIP_API_JENDELA_DETIK = int(os.environ.get("SAKIP_API_JENDELA_DETIK", "60"))

AUTH_USER_MODEL = "akun.Pengguna"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "beranda"
LOGOUT_REDIRECT_URL = "login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "id"
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True

# A .docx whose styles (Title, Heading 1–3, Caption, Table Grid) restyle every Word document.
SAKIP_TEMPLAT_DOCX = os.environ.get("SAKIP_TEMPLAT_DOCX", "")

# Mail (workflow messages, `sakip pengingat`): SMTP when EMAIL_HOST is set; otherwise each
# mail is written as a file under SAKIP_DATA_DIR/mail/, where the demo's can be read.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    # STARTTLS (port 587) unless the server speaks TLS from the start (port 465).
    EMAIL_USE_SSL = os.environ.get("EMAIL_USE_SSL", "") == "1"
    EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "0" if EMAIL_USE_SSL else "1") == "1"
    EMAIL_TIMEOUT = 30
else:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = DATA_DIR / "mail"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "sakip <sakip@localhost>")
# The address of sakip as its users open it, for the links in mails (no request to ask).
SAKIP_ALAMAT = os.environ.get("SAKIP_ALAMAT", "http://127.0.0.1:8000").rstrip("/")

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
# Uploaded documents for review; never served as files, only read by the review.
MEDIA_ROOT = DATA_DIR / "media"
