"""A local stand-in for the Wikidata API: a real HTTP server on 127.0.0.1 answering in the API's shapes.

Only what cannot be reached from the tests is faked. It serves ``wbsearchentities`` (prefix match on
labels and aliases, like the real one) and ``wbgetentities`` (labels, aliases, descriptions, claims;
``{"id": ..., "missing": ""}`` for an unknown id; an error past 50 ids), and answers errors the way
MediaWiki does: HTTP 200 with ``{"error": {"code", "info"}}``. ``fail`` queues HTTP failures.
"""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse


def item(qid: str, labels: dict[str, str], p31: list[str], aliases: dict[str, list[str]] | None = None,
         description: str = "", p749: list[str] = ()) -> dict:
    def statements(prop, ids):
        return [{"mainsnak": {"snaktype": "value", "property": prop,
                              "datavalue": {"type": "wikibase-entityid",
                                            "value": {"entity-type": "item", "numeric-id": int(i[1:]), "id": i}}},
                 "type": "statement", "rank": "normal"} for i in ids]
    claims = {"P31": statements("P31", p31)}
    if p749:
        claims["P749"] = statements("P749", p749)
    return {"type": "item", "id": qid,
            "labels": {lang: {"language": lang, "value": v} for lang, v in labels.items()},
            "descriptions": {"en": {"language": "en", "value": description}} if description else {},
            "aliases": {lang: [{"language": lang, "value": a} for a in vs] for lang, vs in (aliases or {}).items()},
            "claims": claims}


# Amazon and IBM under their verified QIDs (../shared/data); everything else is invented for the tests.
ITEMS = [
    item("Q37156", {"en": "IBM", "nl": "IBM"}, ["Q891723", "Q4830453"],
         {"en": ["International Business Machines"]}, "American technology company"),
    item("Q30289967", {"en": "IBM"}, ["Q658255"], description="subsidiary in Milan", p749=["Q37156"]),
    item("Q3884", {"en": "Amazon", "sv": "Amazon"}, ["Q891723"], {"en": ["Amazon.com"]}, "American technology company"),
    item("Q900000001", {"en": "Amazon"}, ["Q900000099"], description="river (invented class for the test)"),
    item("Q900000010", {"en": "Northwind Traders", "de": "Northwind Traders"}, ["Q4830453"],
         {"en": ["Northwind"], "fr": ["Northwind SA"]}, "invented trading company"),
    item("Q900000020", {"en": "Jane Roe"}, ["Q5"], description="invented executive"),
    item("Q900000021", {"en": "Jane Roe"}, ["Q11424"], description="invented film"),
    item("Q900000030", {"en": "Contoso"}, ["Q4830453"], description="invented company A"),
    item("Q900000031", {"en": "Contoso"}, ["Q783794"], description="invented company B"),
]


class FakeWikidata:
    """Start with ``with FakeWikidata() as wd:``; ``wd.url`` is the api.php address."""

    def __init__(self, items: list[dict] | None = None):
        self.items = {i["id"]: i for i in (items or ITEMS)}
        self.requests: list[dict] = []
        self.fail: list[tuple[int, dict]] = []  # (status, headers) answered before the next real answers
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                url = urlparse(self.path)
                params = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
                fake.requests.append({"path": url.path, "params": params, "time": time.monotonic(),
                                      "user_agent": self.headers.get("User-Agent", "")})
                if fake.fail:
                    status, headers = fake.fail.pop(0)
                    self._send(status, {"error": "failure"} if status != 200 else {}, headers)
                    return
                if url.path != "/w/api.php":
                    self._send(404, {"error": "not found"})
                    return
                self._send(200, fake.answer(params))

            def _send(self, status, body, headers=None):
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/w/api.php"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def __enter__(self) -> FakeWikidata:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    @staticmethod
    def error(code: str, info: str) -> dict:
        return {"error": {"code": code, "info": info, "*": "See the API help for usage."}, "servedby": "fake"}

    def answer(self, params: dict) -> dict:
        action = params.get("action")
        if action == "wbsearchentities":
            return self.search(params)
        if action == "wbgetentities":
            return self.get(params)
        return self.error("badvalue", f"Unrecognized value for parameter \"action\": {action}.")

    def search(self, params: dict) -> dict:
        text = params.get("search", "")
        if not text:
            return self.error("param-missing", "The \"search\" parameter must be set.")
        limit = int(params.get("limit", "7"))
        hits = []
        for qid, it in self.items.items():
            names = [(v["value"], "label", v["language"]) for v in it["labels"].values()]
            names += [(a["value"], "alias", a["language"]) for vs in it["aliases"].values() for a in vs]
            for name, kind, lang in names:
                if name.lower().startswith(text.lower()):
                    label = (it["labels"].get("en") or next(iter(it["labels"].values())))["value"]
                    hits.append({"id": qid, "title": qid, "pageid": int(qid[1:]), "concepturi":
                                 f"http://www.wikidata.org/entity/{qid}", "label": label,
                                 "description": (it["descriptions"].get("en") or {}).get("value", ""),
                                 "match": {"type": kind, "language": lang, "text": name},
                                 "aliases": [name] if kind == "alias" else []})
                    break
        return {"searchinfo": {"search": text}, "search": hits[:limit], "success": 1}

    def get(self, params: dict) -> dict:
        ids = [i for i in params.get("ids", "").split("|") if i]
        if not ids:
            return self.error("param-missing", "Either provide the item \"ids\" or pairs of \"sites\" and \"titles\".")
        if len(ids) > 50:
            return self.error("toomanyvalues", "Too many values supplied for parameter \"ids\". The limit is 50.")
        entities = {}
        for qid in ids:
            if not re.match(r"^Q[1-9][0-9]*$", qid):
                return self.error("no-such-entity", f"Could not find an entity with the ID \"{qid}\".")
            entities[qid] = self.items.get(qid, {"id": qid, "missing": ""})
        return {"entities": entities, "success": 1}
