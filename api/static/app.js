// news-kg web page: run SPARQL (or a named query) and show a table, a boolean or a graph;
// list contradictions with both quotes side by side. Talks only to this server.
"use strict";

const $ = (id) => document.getElementById(id);
let queries = {};     // name -> named query from /queries
let network = null;   // the vis-network instance of the last CONSTRUCT

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

// ---- views

function show(view) {
  for (const tab of document.querySelectorAll(".tab")) tab.classList.toggle("active", tab.dataset.view === view);
  $("view-query").hidden = view !== "query";
  $("view-contradictions").hidden = view !== "contradictions";
  if (view === "contradictions" && !$("contradictions").dataset.loaded) loadContradictions();
}

// ---- the languages articles are read in (one lexicon each)

async function loadLanguages() {
  const response = await fetch("/languages");
  $("languages").textContent = (await response.json()).join(", ");
}

// ---- named queries as examples

async function loadExamples() {
  const response = await fetch("/queries");
  const list = await response.json();
  for (const q of list) {
    queries[q.name] = q;
    $("examples").append(el("option", { value: q.name }, `${q.title} (${q.name})`));
    // each contradiction kind is a query file: queries/contradiction-<kind>.rq
    if (q.name.startsWith("contradiction-")) $("c-kind").append(el("option", {}, q.name.slice("contradiction-".length)));
  }
}

function chooseExample() {
  const q = queries[$("examples").value];
  const params = $("params");
  params.replaceChildren();
  $("example-description").textContent = q ? q.description : "";
  if (!q) return;
  $("editor").value = q.text;
  for (const p of q.parameters) {
    const input = el("input", { "data-param": p.name, placeholder: p.type + (p.required ? " (required)" : "") });
    params.append(el("label", { title: p.description }, p.name + " ", input));
  }
}

// ---- running a query

// The URL of the next page from a Link header (RFC 8288), as /queries/{name} sends when there is more.
function nextPage(link) {
  const m = /<([^>]*)>\s*;\s*rel="?next"?/.exec(link || "");
  return m ? m[1] : null;
}

async function run(pageUrl) {
  const name = $("examples").value;
  const q = queries[name];
  const text = $("editor").value;
  const accept = "application/sparql-results+json, application/ld+json;q=0.9";
  let request;
  if (typeof pageUrl === "string") {  // the next page of a named query
    request = fetch(pageUrl, { headers: { Accept: accept } });
  } else if (q && text === q.text) {  // unchanged named query: the server binds the typed parameters
    const params = new URLSearchParams();
    for (const input of document.querySelectorAll("[data-param]")) {
      if (input.value.trim()) params.set(input.dataset.param, input.value.trim());
    }
    request = fetch(`/queries/${encodeURIComponent(name)}?${params}`, { headers: { Accept: accept } });
  } else {
    request = fetch("/sparql", {
      method: "POST", body: text,
      headers: { "Content-Type": "application/sparql-query", Accept: accept },
    });
  }
  $("status").textContent = "running…";
  $("results").replaceChildren();
  $("graph").hidden = true;
  const started = performance.now();
  let response;
  try {
    response = await request;
  } catch (error) {
    $("status").textContent = "the server did not answer: " + error;
    return;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const type = response.headers.get("content-type") || "";
  if (!response.ok) {
    const body = type.includes("json") ? (await response.json()).detail : await response.text();
    $("status").textContent = `error ${response.status}`;
    $("results").append(el("pre", { class: "error" }, String(body)));
    return;
  }
  if (type.startsWith("application/ld+json")) {
    const count = drawGraph(await response.json());
    $("status").textContent = `${count} triples in ${seconds} s`;
    return;
  }
  const data = await response.json();
  if ("boolean" in data) {
    $("results").append(el("p", { class: "boolean" }, String(data.boolean)));
    $("status").textContent = `answered in ${seconds} s`;
    return;
  }
  $("results").append(table(data.head.vars, data.results.bindings));
  const n = data.results.bindings.length;
  const next = nextPage(response.headers.get("link"));
  $("status").textContent = `${n} row${n === 1 ? "" : "s"} in ${seconds} s` + (next ? "; there is more" : "");
  if (next) {
    const button = el("button", { type: "button", id: "next-page" }, "next page");
    button.addEventListener("click", () => run(next));
    $("results").append(button);
  }
}

function cell(term) {
  if (!term) return "";
  if (term.type === "uri") return el("a", { href: term.value, target: "_blank", rel: "noopener" }, term.value);
  if (term.type === "bnode") return "_:" + term.value;
  return term.value;
}

function table(vars, bindings) {
  const head = el("tr", {}, ...vars.map((v) => el("th", {}, v)));
  const rows = bindings.map((b) => el("tr", {}, ...vars.map((v) => el("td", {}, cell(b[v])))));
  return el("table", { class: "results" }, el("thead", {}, head), el("tbody", {}, ...rows));
}

// ---- CONSTRUCT results as a graph (JSON-LD in expanded form, as the server writes it)

function shortName(iri) {
  const cut = Math.max(iri.lastIndexOf("#"), iri.lastIndexOf("/"));
  return cut >= 0 && cut < iri.length - 1 ? iri.slice(cut + 1) : iri;
}

// A node's name when the result gives one: rdfs:label first, then schema:name.
const NAME_PREDICATES = ["http://www.w3.org/2000/01/rdf-schema#label", "https://schema.org/name"];

function drawGraph(doc) {
  const nodes = new Map();
  const edges = [];
  let literalCount = 0;
  let triples = 0;
  const items = Array.isArray(doc) ? doc : (doc["@graph"] || [doc]);
  const names = new Map();
  for (const subject of items) {
    for (const predicate of NAME_PREDICATES.slice().reverse()) {
      const value = (subject[predicate] || []).find((o) => "@value" in o);
      if (value) names.set(subject["@id"], String(value["@value"]));
    }
  }
  const node = (id, label, group) => {
    if (!nodes.has(id)) nodes.set(id, { id, label: label.length > 40 ? label.slice(0, 39) + "…" : label, title: id, group });
    return id;
  };
  const resource = (id) => node(id, names.get(id) || shortName(id), "resource");
  for (const subject of items) {
    const from = resource(subject["@id"]);
    for (const [predicate, objects] of Object.entries(subject)) {
      if (predicate.startsWith("@")) continue;
      for (const object of objects) {
        triples += 1;
        if (NAME_PREDICATES.includes(predicate) && "@value" in object && names.has(subject["@id"])) continue;  // the node's label
        let to;
        if ("@id" in object) to = resource(object["@id"]);
        else to = node(`literal:${literalCount++}`, String(object["@value"]), "literal");
        edges.push({ from, to, label: shortName(predicate), title: predicate, arrows: "to" });
      }
    }
    if (subject["@type"]) {
      for (const type of subject["@type"]) {
        triples += 1;
        edges.push({ from, to: node(type, shortName(type), "class"), label: "a", arrows: "to" });
      }
    }
  }
  const container = $("graph");
  container.hidden = false;
  if (network) network.destroy();
  network = new vis.Network(container, { nodes: [...nodes.values()], edges }, {
    groups: {
      resource: { shape: "dot", size: 12, color: "#2f6db5" },
      class: { shape: "diamond", size: 12, color: "#b5772f" },
      literal: { shape: "box", color: { background: "#f4f4f4", border: "#aaa" } },
    },
    edges: { font: { size: 10, align: "middle" }, color: "#999", smooth: false },
    physics: { stabilization: { iterations: 200 } },
    interaction: { hover: true, navigationButtons: false },
  });
  return triples;
}

// ---- contradictions

async function loadContradictions() {
  const params = new URLSearchParams();
  if ($("c-org").value.trim()) params.set("org", $("c-org").value.trim());
  if ($("c-kind").value) params.set("kind", $("c-kind").value);
  $("c-status").textContent = "loading…";
  const response = await fetch(`/contradictions?${params}`);
  const body = await response.json();
  const list = $("contradictions");
  list.replaceChildren();
  list.dataset.loaded = "yes";
  if (!response.ok) {
    $("c-status").textContent = `error ${response.status}: ${body.detail}`;
    return;
  }
  $("c-status").textContent = `${body.length} contradiction${body.length === 1 ? "" : "s"}`;
  for (const c of body) list.append(contradictionCard(c));
}

function figure(claim) {
  if (claim.polarity) return claim.polarity === "deny" ? `denies ${claim.object || ""}` : `affirms ${claim.object || ""}`;
  if (claim.value !== null && claim.value !== undefined) return `${claim.value} ${claim.unit || ""}`;
  if (claim.low !== null && claim.low !== undefined) return `${claim.low}–${claim.high ?? "…"} ${claim.unit || ""}`;
  return "";
}

function contradictionCard(c) {
  const sides = c.claims.map((claim) => el("div", { class: "claim" },
    el("div", { class: "source" }, el("strong", {}, claim.source || claim.article), " · ", claim.date || "date unknown"),
    el("div", { class: "figure" }, figure(claim), claim.when ? ` (about ${claim.when})` : ""),
    el("blockquote", {}, claim.quote || ""),
    el("div", { class: "muted" }, "article ", claim.article, claim.speaker ? ` · said by ${claim.speaker}` : ""),
  ));
  return el("article", { class: `contradiction ${c.severity || ""}` },
    el("h3", {}, `${c.org} — ${c.topic}`, el("span", { class: "badge" }, `${c.kind}${c.severity ? " · " + c.severity : ""}`)),
    el("p", {}, c.explanation),
    el("div", { class: "sides" }, ...sides),
  );
}

// ---- wiring

document.addEventListener("DOMContentLoaded", () => {
  for (const tab of document.querySelectorAll(".tab")) tab.addEventListener("click", () => show(tab.dataset.view));
  $("examples").addEventListener("change", chooseExample);
  $("run").addEventListener("click", run);
  $("editor").addEventListener("input", () => {  // an edited example is a query of its own
    const q = queries[$("examples").value];
    if (q && $("editor").value !== q.text) {
      $("examples").value = "";
      $("params").replaceChildren();
      $("example-description").textContent = "";
    }
  });
  $("editor").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) run();
  });
  $("c-load").addEventListener("click", loadContradictions);
  loadExamples();
  loadLanguages();
});
