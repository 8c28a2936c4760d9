import pytest

from sakip.pertukaran.demo import muat_alur_demo


@pytest.fixture
def alur_demo(demo):
    """The demo's workflow as `sakip demo` walks it (Tebing Tinggi 2022 approved
    throughout; PPU 2025 PK and TW I approved, TW II verified, TW III submitted; Jambi's PK
    2025 returned), inside the test's transaction."""
    muat_alur_demo()
