"""A small client for the Wikidata API (``wbsearchentities``, ``wbgetentities``).

Polite by construction: a descriptive User-Agent, one request at a time with a minimum interval,
``maxlag`` honoured with its Retry-After, and every successful answer cached on disk so that a
second run asks nothing. Errors come back as :class:`WikidataError` with the API's own code and text.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

import httpx

from kg import __version__
from kg.lexicon import languages

DEFAULT_API = "https://www.wikidata.org/w/api.php"
USER_AGENT = f"news-kg/{__version__} (news knowledge graph entity linking; https://w3id.org/news-kg) httpx/{httpx.__version__}"
MAX_IDS = 50  # wbgetentities takes at most 50 ids a call
MAX_WAIT = 30.0  # longest Retry-After we are willing to sleep


class WikidataError(RuntimeError):
    """The Wikidata API could not be reached or answered with an error."""


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "news-kg" / "wikidata"


class WikidataClient:
    """Talks to one MediaWiki API endpoint (``$KG_WIKIDATA_API`` or wikidata.org)."""

    def __init__(self, api_url: str | None = None, cache_dir: str | Path | None = None, min_interval: float = 1.0,
                 timeout: float = 15.0, contact: str | None = None, retries: int = 2):
        self.api_url = api_url or os.environ.get("KG_WIKIDATA_API") or DEFAULT_API
        self.cache_dir = Path(cache_dir or os.environ.get("KG_WIKIDATA_CACHE") or default_cache_dir())
        self.min_interval = min_interval
        self.retries = retries
        contact = contact or os.environ.get("KG_WIKIDATA_CONTACT")
        self.user_agent = USER_AGENT + (f" contact: {contact}" if contact else "")
        self._http = httpx.Client(timeout=timeout, headers={"User-Agent": self.user_agent,
                                                            "Accept": "application/json"})
        self._last = 0.0
        self.network_requests = 0

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> WikidataClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- the two API modules we use

    def search(self, text: str, language: str = "en", limit: int = 10) -> list[dict]:
        """Candidate items whose label or alias matches ``text`` (``wbsearchentities``)."""
        data = self._get({"action": "wbsearchentities", "search": text, "language": language, "uselang": language,
                          "type": "item", "limit": str(limit), "strictlanguage": "0"})
        return list(data.get("search") or [])

    def entities(self, ids: list[str]) -> dict[str, dict | None]:
        """Labels, aliases, descriptions and claims of items by id; a missing id maps to None."""
        out: dict[str, dict | None] = {}
        unique = list(dict.fromkeys(ids))
        for i in range(0, len(unique), MAX_IDS):
            chunk = unique[i:i + MAX_IDS]
            data = self._get({"action": "wbgetentities", "ids": "|".join(chunk),
                              "props": "labels|aliases|descriptions|claims", "languages": "|".join(languages())})
            for qid, entity in (data.get("entities") or {}).items():
                out[qid] = None if "missing" in entity else entity
        return out

    # ---- transport

    def _cache_file(self, params: dict) -> Path:
        key = hashlib.sha256(json.dumps([self.api_url, sorted(params.items())]).encode()).hexdigest()
        return self.cache_dir / key[:2] / f"{key}.json"

    def _get(self, params: dict) -> dict:
        params = {**params, "format": "json", "formatversion": "1", "maxlag": "5"}
        cached = self._cache_file(params)
        if cached.is_file():
            return json.loads(cached.read_text(encoding="utf-8"))
        for attempt in range(self.retries + 1):
            self._pace()
            try:
                response = self._http.get(self.api_url, params=params)
            except httpx.HTTPError as e:
                raise WikidataError(f"cannot reach the Wikidata API at {self.api_url}: {type(e).__name__}: {e}") from e
            self.network_requests += 1
            wait = _retry_after(response)
            if wait is not None and attempt < self.retries:
                time.sleep(wait)
                continue
            data = _answer(response, self.api_url)
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            tmp.replace(cached)
            return data
        raise AssertionError("unreachable")

    def _pace(self) -> None:
        delay = self._last + self.min_interval - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        self._last = time.monotonic()


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds to wait before retrying (HTTP 429/503, or a maxlag error), or None to not retry."""
    lagged = False
    if response.status_code == 200:
        try:
            lagged = (response.json().get("error") or {}).get("code") == "maxlag"
        except ValueError:
            return None
    if response.status_code not in (429, 503) and not lagged:
        return None
    try:
        wait = float(response.headers.get("Retry-After", "5"))
    except ValueError:
        wait = 5.0
    return wait if 0 <= wait <= MAX_WAIT else None


def _answer(response: httpx.Response, url: str) -> dict:
    if response.status_code != 200:
        raise WikidataError(f"the Wikidata API at {url} answered HTTP {response.status_code}: {response.text[:200]}")
    try:
        data = response.json()
    except ValueError as e:
        raise WikidataError(f"the Wikidata API at {url} did not answer JSON: {response.text[:200]!r}") from e
    if not isinstance(data, dict):
        raise WikidataError(f"the Wikidata API at {url} answered an unexpected {type(data).__name__}")
    if "error" in data:
        err = data["error"]
        raise WikidataError(f"the Wikidata API refused the request ({err.get('code', 'error')}): {err.get('info', '')}")
    return data
