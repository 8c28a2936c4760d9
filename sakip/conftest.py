import pytest
from django.test import Client

from sakip.pertukaran.demo import KATA_SANDI_DEMO, muat_demo


def pytest_configure(config):
    from django.conf import settings

    # Real hashing costs half a second per demo user; tests don't need its strength.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def demo(db):
    """The three seed agencies and their demo users, as `sakip demo` loads them."""
    muat_demo()


@pytest.fixture
def masuk(demo):
    """A client logged in as the given demo user."""

    def klien(username):
        c = Client()
        assert c.login(username=username, password=KATA_SANDI_DEMO)
        return c

    return klien
