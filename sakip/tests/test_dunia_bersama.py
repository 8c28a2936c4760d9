"""The shared test world (sakip/conftest.py): `demo` sees the demo, `db` alone an empty
database, and a transactional test's flush does not take the world from the tests after it."""

from django.contrib.contenttypes.models import ContentType

from sakip.akun.models import Pengguna
from sakip.instansi.models import Pemda
from sakip.pertukaran.demo import PENGGUNA_DEMO


def test_a_test_with_demo_sees_the_three_seed_agencies_and_their_users(demo):
    assert Pemda.objects.count() == 3
    assert Pengguna.objects.count() == len(PENGGUNA_DEMO)


def test_a_test_with_db_alone_sees_an_empty_database_as_migrations_leave_it(db):
    assert not Pemda.objects.exists() and not Pengguna.objects.exists()
    assert ContentType.objects.filter(app_label="instansi", model="pemda").exists()


def test_a_change_made_by_a_test_is_gone_after_it(demo):
    Pemda.objects.all().delete()  # the next test sees them again


def test_a_test_sees_the_world_its_predecessor_changed_unchanged(demo):
    assert Pemda.objects.count() == 3


# pytest-django runs transactional tests after the others; each is flushed at its end.
def test_a_transactional_test_sees_the_world(transactional_db):
    assert Pemda.objects.count() == 3


def test_the_next_transactional_test_sees_it_again_after_the_flush(transactional_db):
    assert Pemda.objects.count() == 3
    assert Pengguna.objects.count() == len(PENGGUNA_DEMO)
