"""The security headers every response carries, and the page's Content-Security-Policy.

The pages run no inline script: the event page and the list load ``/static/*.js`` and read
their data from ``<script type="application/json">`` blocks, which a browser never executes,
so the policy allows scripts and styles from this server only. The one exception is ``/docs``
(Swagger UI as FastAPI writes it, with an inline start-up script), a page that shows no stored
data. Frames are refused (``frame-ancestors 'none'`` and ``X-Frame-Options``), types are not
sniffed, and links to articles send no referrer.
"""

from __future__ import annotations

from starlette.middleware.base import RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import Response

# The app's pages: own scripts, styles, images (the favicon is a data: URL) and API calls only.
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# /docs: Swagger UI's inline start-up script and styles; still nothing from another origin.
DOCS_CSP = (
    "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
DOCS_PATH = "/docs"


def security_headers(path: str) -> dict[str, str]:
    """The headers for a response to ``path``."""
    return {
        "Content-Security-Policy": DOCS_CSP if path == DOCS_PATH else PAGE_CSP,
        "X-Frame-Options": "DENY",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
    }


async def add_security_headers(request: Request, call_next: RequestResponseEndpoint) -> Response:
    """HTTP middleware: every response, errors included, gets :func:`security_headers`."""
    response = await call_next(request)
    for name, value in security_headers(request.url.path).items():
        response.headers.setdefault(name, value)
    return response
