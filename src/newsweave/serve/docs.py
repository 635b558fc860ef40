"""The API docs at ``/docs``: Swagger UI from local files (no CDN), over ``/openapi.json``.

The files come from the ``swagger-ui-bundle-v2`` package (a dependency), so the docs work
on a machine with no internet.
"""

from __future__ import annotations

from pathlib import Path

import swagger_ui_bundle
from fastapi import APIRouter
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, Response

from newsweave.serve.errors import ApiError

DOCS_FILES = {
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "swagger-ui.css": "text/css; charset=utf-8",
    "favicon-32x32.png": "image/png",
}
SWAGGER_DIR = Path(swagger_ui_bundle.swagger_ui_path)

router = APIRouter()


@router.get("/docs", include_in_schema=False)
def docs() -> HTMLResponse:
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="newsweave API",
        swagger_js_url="/docs-static/swagger-ui-bundle.js",
        swagger_css_url="/docs-static/swagger-ui.css",
        swagger_favicon_url="/docs-static/favicon-32x32.png",
    )


@router.get("/docs-static/{name}", include_in_schema=False)
def docs_static(name: str) -> Response:
    media = DOCS_FILES.get(name)
    if media is None or not (SWAGGER_DIR / name).is_file():
        raise ApiError(404, "not_found", f"no docs file {name!r}")
    return Response(
        (SWAGGER_DIR / name).read_bytes(),
        media_type=media,
        headers={"Cache-Control": "public, max-age=86400"},
    )
