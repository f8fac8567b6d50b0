"""The web page: index.html, its static files, and vis-network's browser build from the pyvis wheel."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

STATIC = Path(__file__).resolve().parents[1] / "static"


def router() -> APIRouter:
    routes = APIRouter()

    @routes.get("/", include_in_schema=False)
    async def index():
        return FileResponse(STATIC / "index.html")

    @routes.get("/vendor/{name}", include_in_schema=False)
    async def vendor(name: str):
        if name not in ("vis-network.min.js", "vis-network.css"):
            raise HTTPException(404, "no such file")
        return FileResponse(_vis_network() / name)

    return routes


def _vis_network() -> Path:
    """The folder of vis-network's browser build as shipped in the pyvis wheel (no CDN, nothing vendored)."""
    lib = resources.files("pyvis") / "lib"
    versions = sorted((p for p in lib.iterdir() if p.name.startswith("vis-")),
                      key=lambda p: tuple(int(x) for x in p.name[4:].split(".")))
    return Path(str(versions[-1]))
