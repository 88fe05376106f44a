"""Schemathesis generates requests from the OpenAPI document (valid and invalid parameters) and
runs them against the app on the seeds: no request may answer 500, and every answer must match
the schema and status codes the document declares."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from khabar.config import Config
from khabar.serve import create_app

from .serve_support import seed_db  # noqa: F401  (fixture)

# Examples per operation: enough to hit every parameter with odd values, in about a minute.
EXAMPLES = 25
schemathesis.experimental.OPEN_API_3_1.enable()  # FastAPI writes OpenAPI 3.1


@pytest.fixture(scope="module")
def app(seed_db: Path) -> Any:  # noqa: F811
    return create_app(Config(db_path=seed_db), token="")


schema = schemathesis.from_pytest_fixture("openapi")


@pytest.fixture(scope="module")
def openapi(app: Any) -> Any:
    return schemathesis.from_asgi("/api/openapi.json", app)


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                 HealthCheck.function_scoped_fixture])
def test_no_request_from_the_openapi_document_answers_500(case: Any) -> None:
    response = case.call()
    case.validate_response(response, checks=(not_a_server_error, status_code_conformance,
                                             content_type_conformance, response_schema_conformance))
