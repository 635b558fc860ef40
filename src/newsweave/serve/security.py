"""The security headers every response carries, and the page's Content-Security-Policy.

The pages run no inline script: the event page and the list load ``/static/*.js`` and read
their data from ``<script type="application/json">`` blocks, which a browser never executes,
so the policy allows scripts and styles from this server only. The one exception is ``/docs``
(Swagger UI as FastAPI writes it, with an inline start-up script), a page that shows no stored
data. Frames are refused (``frame-ancestors 'none'`` and ``X-Frame-Options``), types are not
sniffed, and links to articles send no referrer.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

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


class SecurityHeaders:
    """ASGI middleware: every HTTP response, errors included, gets :func:`security_headers`
    (headers the app set itself win). Plain ASGI rather than Starlette's ``BaseHTTPMiddleware``,
    which costs several milliseconds a request under load."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = security_headers(scope.get("path", ""))

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in extra.items():
                    if name not in headers:
                        headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)
