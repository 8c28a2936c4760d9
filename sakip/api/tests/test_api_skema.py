"""The API answers as its OpenAPI schema says: schemathesis generates requests from the
schema (/api/openapi.json) for every operation, valid and invalid ones, sends them to the
application in-process (WSGI) and checks each answer against the schema: status codes,
content types, bodies, no server error. The schema and the docs page are served."""

import json

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, settings


def test_the_schema_is_served_at_api_and_openapi_json(demo):
    skema = json.loads(Client().get("/api/openapi.json").content)
    assert skema["openapi"].startswith("3.") and skema["info"]["title"] == "API sakip"
    assert json.loads(Client().get("/api/").content) == skema
    assert "/api/opd/{slug}/{tahun}/capaian/" in skema["paths"]
    assert skema["components"]["securitySchemes"]["TokenAPI"]["scheme"] == "bearer"


def test_the_docs_page_uses_only_local_files(demo):
    teks = Client().get("/api/docs").content.decode()
    assert '<html lang="id">' in teks and "/api/openapi.json" in teks
    assert "http" not in teks.replace('href="/', "")  # nothing from elsewhere (no CDN)
    for berkas in ("swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-init.js"):
        assert f"/api/docs/berkas/{berkas}" in teks
        assert Client().get(f"/api/docs/berkas/{berkas}").status_code == 200
    assert Client().get("/api/docs/berkas/swagger-ui.css.map").status_code == 404


# Read when the module is collected: the schema view reads no database.
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application())


@pytest.fixture
def dunia(alur_demo, settings):
    """The demo's world for requests through the WSGI handler, as the test client makes
    them: the handler closes old connections at each request's start and end, which would
    close the test's transaction (PostgreSQL); and no rate limit for the many requests."""
    settings.SAKIP_API_BATAS = 10**6
    for sinyal in (request_started, request_finished):
        sinyal.disconnect(close_old_connections)
    yield
    for sinyal in (request_started, request_finished):
        sinyal.connect(close_old_connections)


@pytest.mark.slow
@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_api_answers_as_its_schema_says(case, dunia):
    case.call_and_validate()
