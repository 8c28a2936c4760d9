from sakip.portal.tests.conftest import alur_demo  # noqa: F401  (the demo's workflow)
