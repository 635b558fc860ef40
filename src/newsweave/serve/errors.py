"""The server's errors: one JSON shape for every failure, and the request-size limit.

Every error a client sees is ``{"error": {"code": "...", "message": "...", ...}}``
with a stable machine code, whether a route raised it (:class:`ApiError`), the
library did (:class:`~newsweave.errors.NewsweaveError`), FastAPI rejected the
query string, or the route does not exist.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.base import RequestResponseEndpoint

from newsweave.errors import InputError, NewsweaveError, NotFound
from newsweave.serve.security import security_headers

# A request body larger than this is refused with 413 before it is read: 10 MiB holds
# hundreds of cleaned articles or a few large HTML pages, and bounds a request's memory.
MAX_BODY_BYTES = 10 * 1024 * 1024


class ApiError(Exception):
    """An error with an HTTP status, a stable machine code and a human message."""

    def __init__(self, status: int, code: str, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.extra = status, code, message, extra


def error_response(status: int, code: str, message: str, **extra: Any) -> JSONResponse:
    """The JSON error body; a 401 also names the auth scheme the client should use."""
    body: dict[str, Any] = {"code": code, "message": message}
    body.update(extra)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse({"error": body}, status_code=status, headers=headers)


def body_too_large(size: int) -> ApiError:
    """The 413 for a body of ``size`` bytes: it says how to send the data instead."""
    return ApiError(
        413,
        "body_too_large",
        f"request body of {size} bytes exceeds the limit of {MAX_BODY_BYTES} bytes "
        "(newsweave.serve.errors.MAX_BODY_BYTES); split it or use `newsweave ingest`",
        limit=MAX_BODY_BYTES,
    )


def declared_too_large(request: Request) -> ApiError | None:
    """The 413 when the Content-Length header alone is over the limit, else None."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        return body_too_large(int(declared))
    return None


async def refuse_oversized_body(request: Request, call_next: RequestResponseEndpoint) -> Response:
    """HTTP middleware: refuse an oversized body from its header, before any handler reads it."""
    e = declared_too_large(request)
    if e is not None:
        return error_response(e.status, e.code, e.message, **e.extra)
    return await call_next(request)


# --------------------------------------------------------------------------- handlers


async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
    return error_response(exc.status, exc.code, exc.message, **exc.extra)


async def _not_found(_: Request, exc: NotFound) -> JSONResponse:
    return error_response(404, "not_found", exc.message)


async def _input_error(_: Request, exc: InputError) -> JSONResponse:
    return error_response(422, "unusable_input", str(exc))


async def _newsweave_error(_: Request, exc: NewsweaveError) -> JSONResponse:
    code = re.sub(
        r"(?<!^)(?=[A-Z])", "_", type(exc).__name__
    ).lower()  # PipelineError → pipeline_error
    return error_response(500, code, str(exc))


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    # Logged by uvicorn with its traceback; the client still gets a JSON error. This handler
    # runs outside every middleware, so it adds the security headers itself.
    response = error_response(500, "internal_error", f"{type(exc).__name__}: {exc}")
    response.headers.update(security_headers(request.url.path))
    return response


async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
    errs = exc.errors()
    first = errs[0] if errs else {}
    where = ".".join(str(x) for x in first.get("loc", ()) if x != "query")
    return error_response(400, "bad_request", f"{where}: {first.get('msg', 'invalid request')}")


async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
    codes = {404: "not_found", 405: "method_not_allowed"}
    return error_response(
        exc.status_code, codes.get(exc.status_code, "http_error"), str(exc.detail)
    )


def register_error_handlers(app: FastAPI) -> None:
    """Every failure as the JSON error body, the most specific handler winning."""
    app.exception_handler(ApiError)(_api_error)
    app.exception_handler(NotFound)(_not_found)
    app.exception_handler(InputError)(_input_error)
    app.exception_handler(NewsweaveError)(_newsweave_error)
    app.exception_handler(Exception)(_unexpected)
    app.exception_handler(RequestValidationError)(_validation)
    app.exception_handler(StarletteHTTPException)(_http)
