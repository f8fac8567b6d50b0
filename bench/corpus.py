"""A seeded generator of synthetic news articles in the shapes the reader and extractor meet.

Several organisations announce rounds of job cuts; each round is reported by several outlets in
English, Dutch, Swedish, German, French and Spanish, in the number formats those outlets use
(14,000 / 14.000 / 14 000 / 14'000, decimal commas, scale words, currencies before or after),
with hedges ("about", "ongeveer", "drygt"), rumours, stances on the cause (AI, or not AI),
outlooks, revenue figures, and some outlets disagreeing on the figure. Each article is a JSONL line
(id, text, published, publisher, url, title) of about 2 KB; the language is left for the reader to
identify, as it would be in a scraped archive.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

NBSP, NNBSP = "\u00a0", "\u202f"
GENERATOR = "v3"  # in the cached corpus's name: a change to the generator makes new corpora

# (name, chief executive, workforce, currency of its reports)
ORGANISATIONS = [
    ("Amazon", "Andrea Castell", 1_550_000, "USD"), ("Microsoft", "Paul Ridder", 228_000, "USD"),
    ("Intel", "Marta Ivers", 108_000, "USD"), ("IBM", "Samuel Okafor", 270_000, "USD"),
    ("Kestrel Logistics", "Jane Roe", 42_000, "USD"), ("Nordhavn Bank AB", "Ingrid Vall", 16_500, "SEK"),
    ("Verbeek Groep NV", "Pieter de Wolf", 23_400, "EUR"), ("Hollmann Maschinenbau GmbH", "Klaus Berger", 61_000, "EUR"),
    ("Lumière Télécom SA", "Claire Dumont", 37_800, "EUR"), ("Valdora Energía SA", "Lucía Serrano", 19_200, "EUR"),
    ("Brightwell Retail", "Tom Hale", 88_000, "USD"), ("Skarvik Industri AB", "Erik Lund", 12_700, "SEK"),
]

OUTLETS = {
    "en": ["Harbor Post", "The Daily Ledger", "Capital Wire"],
    "nl": ["Dagblad Noord", "Het Financieel Journaal"],
    "sv": ["Svenska Kuriren", "Näringslivsbladet"],
    "de": ["Rheinische Rundschau", "Wirtschaftsblatt Online"],
    "fr": ["Le Courrier Économique", "Les Nouvelles du Marché"],
    "es": ["El Diario Mercantil", "La Gaceta Financiera"],
}
LANGUAGES = tuple(OUTLETS)

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "sv": "måndags tisdags onsdags torsdags fredags lördags söndags".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
}

# Sentence templates, written for this generator. Fields: {org} {ceo} {count} {pct} {workforce}
# {weekday} {month} {previous} {money} {hedge}.
TEMPLATES = {
    "en": {
        "title": "{org} to cut {count} jobs",
        "announced": "{org} will cut {count} jobs, chief executive {ceo} said on {weekday}.",
        "rumoured": "{org} is preparing to cut {hedge} {count} jobs, according to people familiar with the matter.",
        "hedges": ["about", "roughly", "more than", "up to", "nearly"],
        "percent": "The reduction amounts to {pct} of a workforce of {workforce} people.",
        "previous": "In {month} the company had already eliminated {previous} positions.",
        "affirm": "{ceo} said the cuts were driven by artificial intelligence, which now does work once done by staff.",
        "deny": "{ceo} insisted the decision was not really AI-driven but about culture and too many layers of management.",
        "memo": "\"This was a difficult decision, but the right one for the long term,\" {ceo} wrote in a memo to staff.",
        "outlook": "The company does not expect new large waves of layoffs in the coming year.",
        "revenue": "{org} reported quarterly revenue of {money}, above what analysts had expected.",
        "filler": [
            "Shares in the company moved little in early trading after the news.",
            "Unions said they had not been consulted before the plan was made public.",
            "Analysts said the move reflected pressure to bring costs in line with slower growth.",
            "The affected employees will be offered severance and help in finding new roles.",
            "Several teams in the corporate offices are expected to be merged over the coming months.",
            "The announcement comes after a year of rapid hiring during which the headcount grew sharply.",
            "A spokesperson declined to say which regions would be hit hardest.",
            "Competitors have announced similar measures in recent months as demand cooled.",
            "Local officials said they would meet management to discuss the impact on the region.",
            "The company said it would keep investing in data centres and new products.",
        ],
    },
    "nl": {
        "title": "{org} schrapt {count} banen",
        "announced": "{org} schrapt {count} banen, zei topman {ceo} op {weekday}.",
        "rumoured": "{org} bereidt het schrappen van {hedge} {count} banen voor, melden bronnen rond het bedrijf.",
        "hedges": ["ongeveer", "zo'n", "bijna", "meer dan", "ruim"],
        "percent": "Het gaat om {pct} van het personeelsbestand van {workforce} medewerkers.",
        "previous": "In {month} verdwenen er al {previous} arbeidsplaatsen.",
        "affirm": "Volgens {ceo} zijn de ontslagen het gevolg van kunstmatige intelligentie.",
        "deny": "{ceo} benadrukte dat de ontslagen niet echt door AI komen, maar door te veel managementlagen.",
        "memo": "\"Dit was een moeilijke beslissing, maar wel de juiste\", schreef {ceo} in een e-mail aan het personeel.",
        "outlook": "Het bedrijf verwacht voor de nabije toekomst geen nieuwe grote ontslaggolven.",
        "revenue": "{org} boekte in het kwartaal een omzet van {money}.",
        "filler": [
            "Vakbonden reageerden teleurgesteld op het nieuws en vragen om overleg.",
            "Het aandeel bewoog nauwelijks in de eerste handelsuren.",
            "Volgens analisten past de stap in een bredere trend in de sector.",
            "De getroffen medewerkers krijgen een vertrekregeling aangeboden.",
            "Een woordvoerder wilde niet zeggen welke afdelingen het zwaarst worden getroffen.",
            "Het bedrijf groeide de afgelopen jaren snel en nam veel nieuwe mensen aan.",
            "Ook concurrenten kondigden de laatste maanden vergelijkbare maatregelen aan.",
            "Het bedrijf blijft naar eigen zeggen investeren in nieuwe technologie.",
        ],
    },
    "sv": {
        "title": "{org} säger upp {count} anställda",
        "announced": "{org} säger upp {count} anställda, sa vd:n {ceo} i {weekday}.",
        "rumoured": "{org} planerar att säga upp {hedge} {count} anställda, uppger källor med insyn i bolaget.",
        "hedges": ["cirka", "drygt", "omkring", "över", "runt"],
        "percent": "Det motsvarar {pct} av bolagets {workforce} anställda.",
        "previous": "Redan i {month} försvann {previous} tjänster.",
        "affirm": "Enligt {ceo} är det artificiell intelligens som ligger bakom neddragningarna.",
        "deny": "{ceo} sa att neddragningarna inte handlar om AI utan om kultur och för många chefsnivåer.",
        "memo": "\"Det här är ett svårt men nödvändigt beslut\", skriver {ceo} i ett mejl till de anställda.",
        "outlook": "Bolaget räknar inte med några nya stora uppsägningsvågor under det kommande året.",
        "revenue": "{org} redovisade intäkter på {money} för kvartalet.",
        "filler": [
            "Fackförbunden kritiserar beskedet och kräver förhandlingar.",
            "Aktien rörde sig knappt under förmiddagens handel.",
            "Analytiker menar att bolaget länge har haft för höga kostnader.",
            "De berörda erbjuds avgångsvederlag och stöd för att hitta nya jobb.",
            "En talesperson vill inte säga vilka avdelningar som drabbas hårdast.",
            "Bolaget anställde många under pandemiåren och har sedan dess växt snabbt.",
            "Flera konkurrenter har gjort liknande neddragningar det senaste halvåret.",
            "Satsningarna på nya datacenter fortsätter enligt bolaget som planerat.",
        ],
    },
    "de": {
        "title": "{org} streicht {count} Stellen",
        "announced": "{org} streicht {count} Stellen, sagte Konzernchef {ceo} am {weekday}.",
        "rumoured": "{org} plant den Abbau von {hedge} {count} Stellen, wie aus Unternehmenskreisen verlautet.",
        "hedges": ["rund", "etwa", "mehr als", "bis zu", "knapp"],
        "percent": "Das entspricht {pct} der weltweit {workforce} Beschäftigten.",
        "previous": "Bereits im {month} waren {previous} Stellen weggefallen.",
        "affirm": "{ceo} zufolge ist der Abbau eine Folge des Einsatzes künstlicher Intelligenz.",
        "deny": "{ceo} betonte, der Stellenabbau erfolge nicht wegen KI, sondern wegen zu vieler Hierarchieebenen.",
        "memo": "\"Diese Entscheidung ist uns nicht leichtgefallen\", schrieb {ceo} in einer Mitteilung an die Belegschaft.",
        "outlook": "Weitere große Entlassungswellen erwartet das Unternehmen im kommenden Jahr nicht.",
        "revenue": "{org} meldete für das Quartal einen Umsatz von {money}.",
        "filler": [
            "Die Gewerkschaften kritisierten die Pläne scharf und fordern Verhandlungen.",
            "Die Aktie reagierte im frühen Handel kaum auf die Nachricht.",
            "Analysten sehen den Schritt als Reaktion auf das schwächere Wachstum.",
            "Den betroffenen Mitarbeitern sollen Abfindungen angeboten werden.",
            "Ein Sprecher wollte nicht sagen, welche Standorte am stärksten betroffen sind.",
            "In den vergangenen Jahren hatte das Unternehmen kräftig eingestellt.",
            "Auch Wettbewerber haben zuletzt ähnliche Maßnahmen angekündigt.",
            "Die Investitionen in neue Rechenzentren sollen fortgesetzt werden.",
        ],
    },
    "fr": {
        "title": "{org} va supprimer {count} emplois",
        "announced": "{org} va supprimer {count} emplois, a déclaré son PDG {ceo} {weekday}.",
        "rumoured": "{org} prépare la suppression {hedge} {count} postes, selon des sources proches du dossier.",
        "hedges": ["d'environ", "de près de", "de plus de"],
        "percent": "Cela représente {pct} de ses {workforce} salariés.",
        "previous": "En {month}, le groupe avait déjà supprimé {previous} postes.",
        "affirm": "Selon {ceo}, ces suppressions s'expliquent par l'intelligence artificielle.",
        "deny": "{ceo} a assuré que ce plan n'était pas lié à l'IA, mais à une organisation trop lourde.",
        "memo": "« C'est une décision difficile mais nécessaire », a écrit {ceo} dans un courriel aux salariés.",
        "outlook": "Le groupe ne prévoit pas de nouvelle grande vague de licenciements l'an prochain.",
        "revenue": "{org} a publié un chiffre d'affaires de {money} pour le trimestre.",
        "filler": [
            "Les syndicats ont dénoncé une décision prise sans concertation.",
            "Le titre a peu réagi à l'ouverture de la Bourse.",
            "Pour les analystes, le groupe cherche avant tout à réduire ses coûts.",
            "Les salariés concernés se verront proposer un plan de départ.",
            "Un porte-parole n'a pas précisé quels sites seraient les plus touchés.",
            "L'entreprise avait beaucoup recruté ces dernières années.",
            "Plusieurs concurrents ont annoncé des mesures similaires ces derniers mois.",
            "Le groupe dit vouloir continuer à investir dans de nouveaux centres de données.",
        ],
    },
    "es": {
        "title": "{org} recortará {count} empleos",
        "announced": "{org} recortará {count} empleos, dijo su consejero delegado {ceo} el {weekday}.",
        "rumoured": "{org} prepara el despido de {hedge} {count} trabajadores, según fuentes cercanas a la empresa.",
        "hedges": ["unos", "alrededor de", "más de", "casi", "hasta"],
        "percent": "La cifra equivale al {pct} de su plantilla de {workforce} empleados.",
        "previous": "Ya en {month} la compañía había eliminado {previous} puestos.",
        "affirm": "Según {ceo}, los despidos se deben a la inteligencia artificial.",
        "deny": "{ceo} afirmó que el recorte no tiene relación con la inteligencia artificial, sino con la burocracia.",
        "memo": "\"Ha sido una decisión difícil, pero necesaria\", escribió {ceo} en un correo a la plantilla.",
        "outlook": "La empresa no prevé nuevas oleadas de despidos importantes el próximo año.",
        "revenue": "{org} registró unos ingresos de {money} en el trimestre.",
        "filler": [
            "Los sindicatos criticaron la decisión y exigieron una negociación.",
            "Las acciones apenas se movieron en las primeras horas de la sesión.",
            "Los analistas creen que la empresa busca reducir costes.",
            "Los afectados recibirán una indemnización y ayuda para encontrar empleo.",
            "Un portavoz no quiso precisar qué departamentos serán los más afectados.",
            "La compañía había contratado a muchas personas en los últimos años.",
            "Varios competidores han anunciado medidas similares en los últimos meses.",
            "La empresa asegura que seguirá invirtiendo en nuevos centros de datos.",
        ],
    },
}

# Thousands separators each language's outlets use (several per language, as in real copy).
GROUPING = {"en": [","], "nl": ["."], "sv": [" ", NBSP], "de": [".", "'"], "fr": [NBSP, NNBSP, " "], "es": ["."]}
DECIMAL = {"en": ".", "nl": ",", "sv": ",", "de": ",", "fr": ",", "es": ","}
PERCENT = {"en": ["{} percent", "{}%"], "nl": ["{} procent", "{}%"], "sv": ["{} procent", "{}" + NBSP + "%"],
           "de": ["{} Prozent", "{}" + NBSP + "%"], "fr": ["{}" + NBSP + "%", "{} pour cent"],
           "es": ["{} por ciento", "{}%"]}
BILLION = {"en": ["{} billion", "{}bn"], "nl": ["{} miljard"], "sv": ["{} miljarder"], "de": ["{} Mrd.", "{} Milliarden"],
           "fr": ["{} milliards"], "es": ["{} mil millones"]}
MONEY = {  # how a figure and a currency combine
    "en": {"USD": ["${}", "US${}", "{} dollars"], "EUR": ["€{}", "{} euros"], "SEK": ["{} kronor", "SEK {}"],
           "GBP": ["£{}", "{} pounds"]},
    "nl": {"USD": ["{} dollar", "${}"], "EUR": ["€{}", "{} euro"], "SEK": ["{} kronor"], "GBP": ["{} pond"]},
    "sv": {"USD": ["{} dollar"], "EUR": ["{} euro"], "SEK": ["{} kronor", "{} kr"], "GBP": ["{} pund"]},
    "de": {"USD": ["{} Dollar", "{} US-Dollar"], "EUR": ["{} Euro", "{} €"], "SEK": ["{} Kronen"], "GBP": ["{} Pfund"]},
    "fr": {"USD": ["{} de dollars"], "EUR": ["{} d'euros"], "SEK": ["{} de couronnes"], "GBP": ["{} de livres"]},
    "es": {"USD": ["{} de dólares"], "EUR": ["{} de euros"], "SEK": ["{} de coronas"], "GBP": ["{} de libras"]},
}


@dataclass(frozen=True)
class Round:
    """One round of cuts at one organisation: what happened, before outlets report it."""

    org: str
    ceo: str
    workforce: int
    currency: str
    day: date
    count: int
    previous: tuple[date, int] | None


def integer(n: int, lang: str, rng: random.Random) -> str:
    """14000 -> 14,000 / 14.000 / 14 000 / 14'000 as the language's outlets write it."""
    sep = rng.choice(GROUPING[lang])
    return f"{n:,}".replace(",", sep)


def decimal(x: float, lang: str) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".").replace(".", DECIMAL[lang])


def money(amount_billions: float, currency: str, lang: str, rng: random.Random) -> str:
    figure = rng.choice(BILLION[lang]).format(decimal(amount_billions, lang))
    return rng.choice(MONEY[lang][currency]).format(figure)


# Parts of further organisations, so that a large corpus has more companies rather than a round of cuts
# every few days at each: (family names, sector words, legal form, currency) per country.
NAME_PARTS = [
    (["Aldgate", "Pembury", "Harwick", "Stoneley", "Marlow", "Ashcombe", "Thornbury", "Kellaway", "Radley",
      "Whitcombe"], ["Freight", "Foods", "Systems", "Energy", "Retail", "Insurance", "Engineering"],
     ["Northern", "Western", "Midland", "Coastal"], "plc", "GBP"),
    (["Hoekstra", "Van Dalen", "Brinkman", "De Ruiter", "Verhoef", "Mulder", "Kuipers", "Van Houten", "Smulders",
      "Veldkamp"], ["Bouw", "Logistiek", "Techniek", "Zorg", "Voeding", "Verzekeringen", "Energie"],
     ["Noord", "Zuid", "Holland", "Brabant"], "NV", "EUR"),
    (["Norrvik", "Lindqvist", "Bergström", "Åkerlund", "Sandberg", "Hedin", "Wallin", "Forsberg", "Ekdahl",
      "Nordgren"], ["Energi", "Bygg", "Verkstad", "Data", "Transport", "Skog", "Livsmedel"],
     ["Norr", "Syd", "Väst", "Öst"], "AB", "SEK"),
    (["Lindner", "Hartmann", "Vogt", "Kessler", "Brandt", "Seidel", "Winkler", "Böhm", "Lorenz", "Franke"],
     ["Chemie", "Logistik", "Anlagenbau", "Textil", "Software", "Stahl", "Pharma"],
     ["Nord", "Süd", "Rhein", "Bayern"], "GmbH", "EUR"),
    (["Delorme", "Garnier", "Lefèvre", "Moreau", "Chauvin", "Roussel", "Fontaine", "Mercier", "Bertrand",
      "Lambert"], ["Transports", "Industries", "Distribution", "Énergie", "Services", "Assurances", "Chimie"],
     ["Atlantique", "Provence", "Alsace", "Bretagne"], "SA", "EUR"),
    (["Ortega", "Iglesias", "Navarro", "Castillo", "Morales", "Vidal", "Serrano", "Herrera", "Cabrera", "Prieto"],
     ["Alimentos", "Construcciones", "Logística", "Energía", "Textil", "Seguros", "Química"],
     ["Norte", "Levante", "Galicia", "Andalucía"], "SA", "EUR"),
]
GIVEN = ["Anna", "Lars", "Sofia", "Pieter", "Claire", "Jorge", "Helen", "Markus", "Elena", "David", "Ingrid", "Tomás"]
FAMILY = ["Okafor", "Lindahl", "Meijer", "Duval", "Ramos", "Becker", "Hughes", "Nyström", "Bakker", "Fabre"]
ROUNDS_PER_ORGANISATION = 6  # over three years, as a large employer might announce


def organisations(n: int, rng: random.Random) -> list[tuple[str, str, int, str]]:
    """The named organisations, then generated ones ("Lindner Chemie GmbH", "Hoekstra Zuid Bouw NV"),
    ``n`` in all, no two with the same name."""
    out, names = list(ORGANISATIONS[:n]), {o[0] for o in ORGANISATIONS}
    while len(out) < n:
        families, sectors, regions, form, currency = rng.choice(NAME_PARTS)
        name = f"{rng.choice(families)} {rng.choice(sectors)} {form}"
        if name in names:
            name = f"{rng.choice(families)} {rng.choice(regions)} {rng.choice(sectors)} {form}"
        if name in names:
            continue
        names.add(name)
        out.append((name, f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}", rng.randrange(3, 400) * 500, currency))
    return out


def rounds(n_articles: int, rng: random.Random) -> list[Round]:
    """About one round per eight articles, spread over 2023-2026, about six per organisation."""
    out = []
    n_rounds = max(1, n_articles // 8)
    orgs = organisations(max(len(ORGANISATIONS), n_rounds // ROUNDS_PER_ORGANISATION), rng)
    for i in range(n_rounds):
        org, ceo, workforce, currency = orgs[i % len(orgs)]
        day = date(2023, 1, 2) + timedelta(days=rng.randrange(0, 3 * 365))
        count = rng.choice([1, 2, 5, 10, 12, 15]) * 10 ** rng.choice([2, 3]) * (2 if workforce > 100_000 else 1)
        count = min(count, workforce // 5)
        previous = None
        if rng.random() < 0.4:
            previous = (day - timedelta(days=rng.randrange(60, 200)), max(100, count // rng.choice([2, 3])))
        out.append(Round(org, ceo, workforce, currency, day, count, previous))
    return out


def article(number: int, event: Round, rng: random.Random) -> dict:
    """One outlet's report of a round, in one language, with its own figures and angle."""
    lang = rng.choice(LANGUAGES)
    t = TEMPLATES[lang]
    published = event.day + timedelta(days=rng.choice([0, 0, 1, 1, 2, 5, 14]))
    weekday = WEEKDAYS[lang][event.day.weekday()]
    count = event.count
    disagreeing = rng.random() < 0.15  # this outlet's figure differs from the others'
    if disagreeing:
        count = int(round(count * rng.choice([0.6, 0.75, 1.3, 1.5]), -2)) or 100
    fields = {"org": event.org, "ceo": event.ceo, "weekday": weekday, "count": integer(count, lang, rng),
              "workforce": integer(event.workforce, lang, rng),
              "pct": rng.choice(PERCENT[lang]).format(decimal(100 * count / event.workforce, lang)),
              "hedge": rng.choice(t["hedges"])}
    lead = t["rumoured"] if disagreeing or rng.random() < 0.15 else t["announced"]
    sentences = [lead.format(**fields)]
    if rng.random() < 0.6:
        sentences.append(t["percent"].format(**fields))
    if event.previous:
        month = MONTHS[lang][event.previous[0].month - 1]
        sentences.append(t["previous"].format(month=month, previous=integer(event.previous[1], lang, rng)))
    stance = rng.random()
    if stance < 0.2:
        sentences.append(t["affirm"].format(**fields))
    elif stance < 0.35:
        sentences.append(t["deny"].format(**fields))
    if rng.random() < 0.15:
        sentences.append(t["outlook"])
    if rng.random() < 0.3:
        amount = rng.choice([1.2, 4.5, 12.8, 21.3, 59.2, 158.9])
        sentences.append(t["revenue"].format(org=event.org, money=money(amount, event.currency, lang, rng)))
    if rng.random() < 0.5:
        sentences.append(t["memo"].format(**fields))
    filler = rng.sample(t["filler"], k=len(t["filler"]))
    paragraphs = [" ".join(sentences[:2])] + [" ".join(filler[i:i + 2]) for i in range(0, 4, 2)]
    paragraphs += [" ".join(sentences[2:])] if len(sentences) > 2 else []
    paragraphs += [" ".join(filler[i:i + 3]) for i in range(4, len(filler), 3)]
    outlet = rng.choice(OUTLETS[lang])
    slug = outlet.lower().replace(" ", "-")
    return {"id": f"bench-{number:07d}", "title": t["title"].format(**fields), "text": "\n\n".join(paragraphs),
            "published": published.isoformat(), "publisher": outlet,
            "url": f"https://{slug}.example/{published:%Y/%m}/{number}"}


def generate(n: int, seed: int = 7) -> Iterator[dict]:
    """``n`` articles, the same for the same seed."""
    rng = random.Random(seed)
    events = rounds(n, rng)
    for number in range(n):
        yield article(number, events[number % len(events)], rng)


def write_corpus(n: int, folder: Path, seed: int = 7) -> Path:
    """The corpus as a JSONL file under ``folder`` (reused when it is already there)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"corpus-{GENERATOR}-{seed}-{n}.jsonl"
    if not path.exists():
        partial = path.with_suffix(".partial")
        with partial.open("w", encoding="utf-8") as f:
            for item in generate(n, seed):
                f.write(json.dumps(item, ensure_ascii=False) + "\n")
        partial.rename(path)
    return path
