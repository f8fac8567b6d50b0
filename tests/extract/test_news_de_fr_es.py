"""Constructions of German, French and Spanish business news the extractor had not seen, each in a short article
the project wrote about a made-up company: what a careful reader writes down, and nothing more.

Each case is a headline and a paragraph; the expectation names every claim the article gives (kind, figure,
unit) and what must hold of it. Published on Wednesday 4 March 2026: "Tuesday" is 2026-03-03.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.records import Article

from extract.expected import check_construction

PUBLISHED = "2026-03-04"
TUESDAY = "2026-03-03"

# construction -> [(language, article, org, [(kind, figure, unit, attributes)])]; the list is every claim
CASES: dict[str, list] = {
    "early retirement beside sites closed": [  # the sites' whole is no cut; "mayores de 55 años" is an age, no change
        ("es", "Banco Guadarrama cierra oficinas\n\nBanco Guadarrama cerrará 120 de sus 850 oficinas y ofrecerá "
               "prejubilaciones a unos 900 empleados mayores de 55 años.", "Banco Guadarrama",
         [("store_closure", 120, "count", {}), ("job_cuts", 900, "count", {})]),
    ],
    "staff taken on at another site": [  # "la fábrica de Ribeira absorberá a unos 40 empleados": no cut
        ("es", "Conservas Tambre cierra Vigo\n\nLa empresa Conservas Tambre cerrará su planta de Vigo. La fábrica de "
               "Ribeira absorberá a unos 40 empleados y los 110 restantes serán despedidos, según la dirección.",
         "Conservas Tambre", [("store_closure", None, None, {}), ("job_cuts", 110, "count", {})]),
    ],
    "a negation before elisions": [  # "n'ont rien à voir avec l'automatisation": the apostrophes are no words
        ("fr", "Chaussures Berlande supprime 300 postes\n\nLe fabricant Chaussures Berlande va supprimer 300 postes. « Ces "
               "suppressions n'ont rien à voir avec l'automatisation », a assuré le directeur général, Paul Sarrazin.",
         "Chaussures Berlande",
         [("job_cuts", 300, "count", {}), ("cause", None, None, dict(object="automation", polarity="deny"))]),
    ],
    "a compound company noun of a trade": [  # "Der Werkzeugbauer Kallwitz"
        ("de", "Werkzeugbauer Kallwitz streicht Stellen\n\nDer Werkzeugbauer Kallwitz streicht 300 Stellen, teilte das "
               "Unternehmen am Dienstag mit.", "Kallwitz", [("job_cuts", 300, "count", {})]),
    ],
    "orders falling": [  # "por la caída de pedidos"
        ("es", "Autopartes Cierzo despide\n\nAutopartes Cierzo despedirá a 320 empleados. La dirección sostiene que los "
               "despidos son necesarios por la caída de pedidos de los fabricantes de coches.", "Autopartes Cierzo",
         [("job_cuts", 320, "count", {}), ("cause", None, None, dict(object="demand", polarity="affirm"))]),
    ],
    "a savings programme of a sum": [  # "ein Sparprogramm über 120 Millionen Euro"
        ("de", "Nordkai Logistik spart\n\nDie Nordkai Logistik GmbH bereitet ein Sparprogramm über 120 Millionen Euro vor, "
               "teilte das Unternehmen am Dienstag mit.", "Nordkai Logistik", [("cost_savings", 120e6, "EUR", {})]),
    ],
    "a measure explained by falling exports": [  # "explica la medida por la caída de las exportaciones"
        ("es", "Frigoríficos Tejeda despide\n\nLa empresa cárnica Frigoríficos Tejeda despedirá a 90 trabajadores. La "
               "empresa explica la medida por la caída de las exportaciones a China.", "Frigoríficos Tejeda",
         [("job_cuts", 90, "count", {}), ("cause", None, None, dict(object="demand", polarity="affirm"))]),
    ],
    "a result that plunged to a level": [  # "se desplomó un 40%, hasta 52 millones": where it went, not "up to"
        ("es", "Frigoríficos Tejeda despide\n\nLa empresa cárnica Frigoríficos Tejeda despedirá a 90 trabajadores. Su "
               "beneficio neto se desplomó un 40% el año pasado, hasta 52 millones de euros.", "Frigoríficos Tejeda",
         [("job_cuts", 90, "count", {}), ("net_income", 52e6, "EUR", dict(bound=None, when="2025"))]),
    ],
    "a staff noun far before both ends of a change": [  # the "auf knapp 2.600" shares the staff of "von 2.900"
        ("de", "Altwerk Maschinen streicht 300 Stellen\n\nDie Altwerk Maschinen GmbH streicht 300 Stellen. Die Zahl der "
               "Beschäftigten in Deutschland sinkt damit von 2.900 auf knapp 2.600.", "Altwerk Maschinen",
         [("job_cuts", 300, "count", {}), ("workforce", 2900, "count", {}), ("workforce", 2600, "count", {})]),
    ],
    "a cause denied as the object before its verb": [  # "Einen Zusammenhang mit X wies ein Sprecher zurück"
        ("de", "Altwerk Maschinen streicht 300 Stellen\n\nDie Altwerk Maschinen GmbH streicht 300 Stellen. Einen "
               "Zusammenhang mit der Automatisierung der Fertigung wies ein Sprecher zurück.", "Altwerk Maschinen",
         [("job_cuts", 300, "count", dict(modality="announced")),
          ("cause", None, None, dict(object="automation", polarity="deny"))]),
    ],
    "customers holding back": [  # "die Zurückhaltung der Kunden bei Investitionen" is weak demand
        ("de", "Altwerk Maschinen streicht 300 Stellen\n\nDie Altwerk Maschinen GmbH streicht 300 Stellen. Als Grund "
               "nannte das Unternehmen die Zurückhaltung der Kunden bei Investitionen.", "Altwerk Maschinen",
         [("job_cuts", 300, "count", {}), ("cause", None, None, dict(object="demand", polarity="affirm"))]),
    ],
    "dearer gas": [  # "el encarecimiento del gas": a rising cost of energy
        ("es", "Cerámicas Tolvera cierra su planta\n\nCerámicas Tolvera despedirá a 150 trabajadores. La dirección "
               "achaca los despidos al encarecimiento del gas.", "Cerámicas Tolvera",
         [("job_cuts", 150, "count", {}), ("cause", None, None, dict(object="costs", polarity="affirm"))]),
    ],
    "the sites left after closures": [  # "su red quedará en 535 tiendas" is the chain left, no closure
        ("es", "Calzados Ebro cierra tiendas\n\nLa cadena Calzados Ebro cerrará 40 tiendas este año. Tras los cierres, "
               "su red quedará en 310 tiendas.", "Calzados Ebro",
         [("store_closure", 40, "count", dict(when="2026"))]),
    ],
    "a staff that amounts to": [  # "que ronda los 4.000 empleados" is the workforce the share is of
        ("es", "ERE en Seguros Tormes\n\nLa aseguradora Seguros Tormes despedirá a 300 personas, el 10% de su "
               "plantilla, que ronda los 3.000 empleados.", "Seguros Tormes",
         [("job_cuts", 300, "count", {}), ("job_cuts", 10, "percent", {}), ("workforce", 3000, "count", {})]),
    ],
    "sources denying a cause in the plural": [  # "negaron que", "nient que"
        ("es", "ERE en Seguros Tormes\n\nLa aseguradora Seguros Tormes despedirá a 300 personas. Fuentes de la "
               "compañía negaron que el recorte responda a la inteligencia artificial.", "Seguros Tormes",
         [("job_cuts", 300, "count", {}), ("cause", None, None, dict(object="AI", polarity="deny"))]),
    ],
    "a cause the question names": [  # "Interrogé sur le rôle des droits de douane, ...": no one gives it
        ("fr", "Vireo Électronique supprime 200 postes\n\nLe groupe Vireo Électronique va supprimer 200 postes. "
               "Interrogé sur le rôle des droits de douane américains, le directeur financier, Paul Texier, a estimé "
               "qu'ils n'avaient « qu'un effet marginal » sur l'activité.", "Vireo Électronique", [("job_cuts", 200, "count", {})]),
    ],
    "a trade word opening a firm named after its founder": [  # "Tissages Roumegoux" beside "Olivier Roumegoux"
        ("fr", "Les Tissages Marcouly suppriment des postes\n\nLes Tissages Marcouly vont supprimer 70 postes, a "
               "annoncé mardi le président, Henri Marcouly.", "Tissages Marcouly",
         [("job_cuts", 70, "count", {})]),
    ],
    "staff who strike": [  # strikers beside a plan of cuts are no cut
        ("es", "Huelga en Autopartes Cierzo\n\nUnos 1.500 trabajadores de Autopartes Cierzo secundaron este lunes la "
               "huelga contra el despido de 320 empleados.", "Autopartes Cierzo", [("job_cuts", 320, "count", {})]),
        ("fr", "Grève chez Verbois Emballages\n\nLe groupe Verbois Emballages va supprimer 120 postes. Environ 300 "
               "salariés ont débrayé mardi contre le plan de départs.", "Verbois Emballages",
         [("job_cuts", 120, "count", {})]),
        ("es", "Huelga en Envases Tordera\n\nLa empresa Envases Tordera despedirá a 90 trabajadores. Unos 250 "
               "empleados secundaron la huelga contra los despidos el martes.", "Envases Tordera",
         [("job_cuts", 90, "count", {})]),
    ],
    "a bank's net banking income": [  # "produit net bancaire" is a bank's revenue, no net income
        ("fr", "Banque Cerdagne\n\nLe produit net bancaire de la Banque Cerdagne a atteint 1,8 milliard d'euros en "
               "2025 et son résultat net 240 millions d'euros.", "Banque Cerdagne",
         [("revenue", 1.8e9, "EUR", dict(when="2025")), ("net_income", 240e6, "EUR", dict(when="2025"))]),
    ],
    "causes put forward, further cuts not ruled out": [  # "met en avant", "ne sont pas exclues"
        ("fr", "Delmas Textiles supprime des postes\n\nLa direction de Delmas Textiles prévoit de supprimer 90 "
               "postes. Elle met en avant la hausse des coûts de l'énergie et la concurrence des importations "
               "asiatiques.\n\nD'autres suppressions ne sont pas exclues, a reconnu le président.", "Delmas Textiles",
         [("job_cuts", 90, "count", {}), ("cause", None, None, dict(object="costs", polarity="affirm")),
          ("cause", None, None, dict(object="competition", polarity="affirm")),
          ("layoff_outlook", None, None, dict(polarity="affirm"))]),
    ],
    "a name and an organisation word after an article": [  # a name no word of the language; not a place's adjective
        ("de", "Stellenabbau\n\nDie Ostera Bank will bis 2028 rund 3.000 Stellen abbauen, wie sie am "
               "Dienstag mitteilte.", "Ostera Bank", [("job_cuts", 3000, "count", {})]),
        ("de", "Stellenabbau\n\nDie Ostera Bank streicht 300 Stellen. Auch die Zürcher Bank baut ab.",
         "Ostera Bank", [("job_cuts", 300, "count", {})]),
    ],
    "branches that are Geschäftsstellen": [  # a site noun that ends like a post ("-stellen") counts sites closed;
        # a compound of a bank is an organisation word ("Volksbank", "Sparbank")
        ("de", "Süderwald Volksbank schließt Filialen\n\nDie Süderwald Volksbank schließt 40 ihrer 120 Geschäftsstellen. "
               "Rund 300 Stellen fallen weg.", "Süderwald Volksbank",
         [("store_closure", 40, "count", {}), ("job_cuts", 300, "count", {})]),
    ],
    "furniture stores, buyers holding back, no further cut": [  # "Einrichtungshäuser" are stores; "ein weiterer
        # Stellenabbau" (masculine) is a further cut, here ruled out
        ("de", "Wohnhaus Velten schließt Häuser\n\nDer Möbelhändler Velten schließt zwölf seiner 48 Einrichtungshäuser "
               "und streicht 900 Stellen. Als Grund nannte das Unternehmen die anhaltende Kaufzurückhaltung. Ein "
               "weiterer Stellenabbau sei derzeit nicht geplant.", "Velten",
         [("store_closure", 12, "count", {}), ("job_cuts", 900, "count", {}),
          ("cause", None, None, dict(object="demand", polarity="affirm")),
          ("layoff_outlook", None, None, dict(polarity="deny"))]),
    ],
    "a surplus is the net income": [  # "Überschuss", like "Jahresüberschuss", is what is left after taxes
        ("de", "Süderwald Volksbank mit Rekordgewinn\n\nDie Süderwald Volksbank hat im vergangenen Jahr einen Überschuss "
               "von 310 Millionen Euro erzielt.", "Süderwald Volksbank", [("net_income", 310e6, "EUR", {})]),
    ],
    "a result of minus so much": [  # the minus word right before the figure is its sign, not a loss
        ("de", "Kessmann Technik mit Verlust\n\nDer Zulieferer Kessmann Technik schreibt rote Zahlen: Das Ebit lag im "
               "dritten Quartal bei minus 24 Millionen Euro.", "Kessmann Technik",
         [("profit", -24e6, "EUR", {})]),
        ("de", "Kessmann Technik mit Verlust\n\nDer Zulieferer Kessmann Technik schreibt rote Zahlen: Das Ebit lag im "
               "dritten Quartal bei minus 24 Millionen Euro nach plus 57 Millionen Euro ein Jahr zuvor.", "Kessmann Technik",
         [("profit", -24e6, "EUR", dict(when="2025-Q3")), ("profit", 57e6, "EUR", dict(when="2024-Q3"))]),  # the minus
    ],  # word is the sign of the figure after it only, not the measure of the next one
    "the prior year's result beside this year's": [  # "im Vorjahr" dates the figure nearest it, not the whole clause
        ("de", "Kessmann Technik\n\nDer Zulieferer Kessmann Technik: Das Betriebsergebnis lag 2025 bei 18 Millionen Euro "
               "nach 40 Millionen Euro im Vorjahr.", "Kessmann Technik",
         [("profit", 18e6, "EUR", dict(when="2025")), ("profit", 40e6, "EUR", dict(when="2024"))]),
    ],
    "fell to": [  # "cayó ... hasta" says where the figure went, not "up to"
        ("es", "Hortalia Alimentos factura menos\n\nLa facturación de la empresa Hortalia Alimentos cayó un 7% hasta "
               "640 millones de euros en el cuarto trimestre.", "Hortalia Alimentos",
         [("revenue", 640e6, "EUR", dict(bound=None, when="2025-Q4", modality="reported"))]),
        ("es", "Hortalia Alimentos factura menos\n\nLos ingresos de la empresa Hortalia Alimentos bajaron hasta 1.200 "
               "millones de euros en 2025, informó la compañía el martes.", "Hortalia Alimentos",
         [("revenue", 1.2e9, "EUR", dict(bound=None, when="2025"))]),
    ],
    "part of the sites": [  # the sites closed are the part, not the whole after "de sus", "de ses"
        ("es", "Muebles Carrasco cierra fábricas\n\nLa empresa Muebles Carrasco cerrará dos de sus cinco fábricas, "
               "anunció la compañía el martes.", "Muebles Carrasco",
         [("store_closure", 2, "count", dict(when=TUESDAY, modality="planned"))]),
        ("fr", "Verlaine Industries ferme des usines\n\nLe groupe Verlaine Industries va fermer deux de ses cinq usines, "
               "a annoncé l'entreprise mardi.", "Verlaine Industries",
         [("store_closure", 2, "count", dict(when=TUESDAY, modality="planned"))]),
    ],
    "period compared with": [  # the next sentence goes on about the quarter, not the year-earlier period
        ("es", "Energía Solara gana más\n\nLa eléctrica Energía Solara obtuvo un beneficio neto de 1.250 millones de euros "
               "en el cuarto trimestre, un 12% más que en el mismo periodo del año anterior. La facturación alcanzó los "
               "18.400 millones de euros.", "Energía Solara",
         [("net_income", 1.25e9, "EUR", dict(when="2025-Q4")), ("revenue", 18.4e9, "EUR", dict(when="2025-Q4"))]),
        ("fr", "Verlaine Industries progresse\n\nAu quatrième trimestre, le groupe Verlaine Industries a réalisé un chiffre "
               "d'affaires de 3,2 milliards d'euros, en hausse de 3 % par rapport à la même période de l'an dernier. Le "
               "bénéfice net s'est établi à 210 millions d'euros.", "Verlaine Industries",
         [("revenue", 3.2e9, "EUR", dict(when="2025-Q4")), ("net_income", 210e6, "EUR", dict(when="2025-Q4"))]),
    ],
    "lowering costs": [  # an amount by which the company lowers its costs is a saving
        ("de", "Valtenberg spart\n\nDer Chemiekonzern Valtenberg will die jährlichen Kosten bis 2028 um 1,2 Milliarden "
               "Euro senken, teilte das Unternehmen am Dienstag mit.", "Valtenberg",
         [("cost_savings", 1.2e9, "EUR", dict(when="2028", modality="planned"))]),
        ("fr", "Verlaine Industries réduit ses dépenses\n\nLe groupe Verlaine Industries veut réduire ses dépenses de "
               "200 millions d'euros d'ici 2027, a annoncé l'entreprise mardi.", "Verlaine Industries",
         [("cost_savings", 200e6, "EUR", dict(when="2027", modality="planned"))]),
        ("es", "Hortalia Alimentos recorta gastos\n\nLa empresa Hortalia Alimentos recortará sus gastos en 200 millones "
               "de euros hasta 2027, anunció la compañía el martes.", "Hortalia Alimentos",
         [("cost_savings", 200e6, "EUR", dict(when="2027", modality="planned"))]),
    ],
    "stock index": [  # "der Dax-Konzern" is the company in the news, not a company named Dax
        ("de", "Valtenberg streicht Stellen\n\nDer Chemiekonzern Valtenberg streicht 2.000 Stellen, teilte der "
               "Dax-Konzern am Dienstag mit.", "Valtenberg",
         [("job_cuts", 2000, "count", dict(when=TUESDAY, modality="announced", speaker="Valtenberg"))]),
    ],
    "an outlet's report": [  # a plan only an outlet reports is a rumour, whatever the tense; the outlet is the source
        ("es", "Banca Morvedre recortará empleos\n\nLa entidad Banca Morvedre recortará unos 2.000 empleos y cerrará "
               "cerca de 300 oficinas, según ha avanzado Expansión. El banco no ha querido hacer comentarios.",
         "Banca Morvedre",
         [("job_cuts", 2000, "count", dict(approx=True, modality="rumoured", speaker="Expansión")),
          ("store_closure", 300, "count", dict(approx=True, modality="rumoured"))]),
        ("fr", "Carvalle fermerait trois usines\n\nLe constructeur Carvalle va fermer trois usines en France, entraînant la "
               "suppression de 1 150 emplois, selon un document interne consulté par Les Echos.", "Carvalle",
         [("store_closure", 3, "count", dict(modality="rumoured")),
          ("job_cuts", 1150, "count", dict(modality="rumoured", speaker="Les Echos"))]),
        ("de", "Hollmann plant Abbau\n\nDer Autozulieferer Hollmann will rund 1.800 Stellen streichen, wie aus einem "
               "internen Papier hervorgeht, das dem Handelsblatt vorliegt.", "Hollmann",
         [("job_cuts", 1800, "count", dict(approx=True, modality="rumoured", speaker="Handelsblatt"))]),
    ],
    "attributable profit": [  # "beneficio atribuido" is the net income
        ("es", "Banca Morvedre gana más\n\nEl beneficio atribuido de la entidad Banca Morvedre ascendió a 720 millones de "
               "euros en el cuarto trimestre, informó el banco el martes.", "Banca Morvedre",
         [("net_income", 720e6, "EUR", dict(when="2025-Q4", modality="reported"))]),
    ],
    "a name ending like a verb": [  # "Albarrán", "Durán", "Ferrera" end like futures ("*rán", "*era"): names all the same
        ("es", "Tejidos Albarrán presenta un ERE\n\nLa textil Tejidos Albarrán despedirá a 1.100 trabajadores, según ha "
               "informado la compañía el martes.", "Tejidos Albarrán",
         [("job_cuts", 1100, "count", dict(when=TUESDAY, modality="announced", speaker="Tejidos Albarrán"))]),
        ("es", "Construcciones Durán recorta plantilla\n\nLa constructora Construcciones Durán eliminará 300 empleos, "
               "anunció la empresa el martes.", "Construcciones Durán",
         [("job_cuts", 300, "count", dict(when=TUESDAY, modality="announced"))]),
        ("fr", "Ferrera supprime des postes\n\nLe groupe Transports Ferrera supprimera 250 postes, a annoncé l'entreprise "
               "mardi.", "Transports Ferrera", [("job_cuts", 250, "count", dict(when=TUESDAY, modality="announced"))]),
    ],
    "said so after": [  # the sentence after, pointing back, names who speaks for the company
        ("de", "Hollmann streicht Stellen\n\nDer Autozulieferer Hollmann streicht knapp 1.800 Stellen. Das sagte "
               "Hollmann-Chef Oliver Brenner am Dienstag dem Handelsblatt.", "Hollmann",
         [("job_cuts", 1800, "count", dict(approx=True, when=TUESDAY, modality="announced", speaker="Oliver Brenner"))]),
        ("es", "Tejidos Albarrán recorta plantilla\n\nLa textil Tejidos Albarrán despedirá a 1.100 trabajadores. Así lo ha "
               "explicado el consejero delegado, Javier Montero, este martes.", "Tejidos Albarrán",
         [("job_cuts", 1100, "count", dict(modality="announced", speaker="Javier Montero"))]),
        ("de", "Hollmann streicht Stellen\n\nDer Autozulieferer Hollmann streicht knapp 1.800 Stellen. Das sagte ein "
               "Analyst am Dienstag.", "Hollmann",  # an analyst does not speak for the company
         [("job_cuts", 1800, "count", dict(modality="announced", speaker="Hollmann"))]),
    ],
    "a union's spokesperson": [  # a figure a union's named spokesperson gives is reported, no announcement
        ("de", "Hollmann streicht Stellen\n\nDer Autozulieferer Hollmann streicht knapp 1.800 Stellen, sagte "
               "IG-Metall-Sprecherin Petra Kühn am Dienstag.", "Hollmann",
         [("job_cuts", 1800, "count", dict(modality="reported", speaker=None))]),
        ("de", "Hollmann streicht Stellen\n\nDer Autozulieferer Hollmann streicht knapp 1.800 Stellen, sagte Petra Kühn "
               "von der IG Metall am Dienstag.", "Hollmann",
         [("job_cuts", 1800, "count", dict(modality="reported", speaker=None))]),
        ("es", "Tejidos Albarrán recorta plantilla\n\nLa textil Tejidos Albarrán despedirá a 1.100 trabajadores, dijo el "
               "martes Ana Gil, de CCOO.", "Tejidos Albarrán",
         [("job_cuts", 1100, "count", dict(modality="reported", speaker=None))]),
    ],
    "house as company noun": [  # "das Softwarehaus X" names X, as "der Softwarekonzern X" does
        ("de", "Orbis Digital baut Stellen ab\n\nDas Softwarehaus Orbis Digital baut 600 Stellen ab, teilte das "
               "Unternehmen am Dienstag mit.", "Orbis Digital",
         [("job_cuts", 600, "count", dict(when=TUESDAY, modality="announced", speaker="Orbis Digital"))]),
    ],
    "an unnamed spokesperson": [  # "ein Sprecher" speaks for the company, not for the trustee named next
        ("de", "Brandauer schließt Filialen\n\nDer Modehändler Brandauer will 40 seiner 110 Filialen schließen, wie ein "
               "Sprecher am Dienstag bestätigte. Insolvenzverwalter Stefan Roth sagte, er sehe gute Chancen für eine "
               "Sanierung.", "Brandauer",
         [("store_closure", 40, "count", dict(when=TUESDAY, modality="planned", speaker="Brandauer"))]),
        ("fr", "Maréchal ferme des magasins\n\nLe distributeur Maréchal va fermer 35 magasins, a confirmé mardi un "
               "porte-parole. L'administrateur judiciaire Pierre Lenoir a indiqué que des repreneurs se sont manifestés.",
         "Maréchal", [("store_closure", 35, "count", dict(when=TUESDAY, speaker="Maréchal"))]),
        ("es", "Ropalia cierra tiendas\n\nLa cadena Ropalia cerrará 40 tiendas, según confirmó un portavoz de la empresa "
               "el martes. El administrador concursal Pedro Gómez dijo que hay interesados.", "Ropalia",
         [("store_closure", 40, "count", dict(when=TUESDAY, speaker="Ropalia"))]),
    ],
    "short-time work": [  # staff laid off for a time keep their jobs: no cut
        ("es", "Automoción Levante aplica un ERTE\n\nLa fabricante Automoción Levante aplicará un ERTE a 3.400 "
               "trabajadores durante seis meses. Además, la compañía prevé despedir a unos 350 empleados.",
         "Automoción Levante", [("job_cuts", 350, "count", dict(approx=True, modality="planned"))]),
        ("de", "Hollmann streicht Stellen\n\nDer Autozulieferer Hollmann streicht 500 Stellen und schickt 2.000 "
               "Beschäftigte in Kurzarbeit, teilte das Unternehmen am Dienstag mit.", "Hollmann",
         [("job_cuts", 500, "count", dict(when=TUESDAY, modality="announced"))]),
        ("fr", "Carvalle supprime des postes\n\nLe constructeur Carvalle va supprimer 400 postes et placer 3 000 salariés "
               "en chômage partiel, a annoncé l'entreprise mardi.", "Carvalle",
         [("job_cuts", 400, "count", dict(when=TUESDAY, modality="announced"))]),
    ],
    "German and Dutch business news": [  # a partitive's whole before "und"; "rechnet ... mit" expects
        ("de", "Hollwerk baut ab\n\nDer Autozulieferer Hollwerk will bis 2028 rund 2.500 der 11.000 Arbeitsplätze "
               "abbauen und zwei Werke schließen, teilte das Unternehmen am Dienstag mit.", "Hollwerk",
         [("job_cuts", 2500, "count", dict(approx=True, when="2028", modality="planned")),
          ("workforce", 11000, "count", {}), ("store_closure", 2, "count", dict(when="2028"))]),
        ("de", "Feldmann legt Zahlen vor\n\nDie Feldmann Holding SE hat 2025 einen Umsatz von 5,6 Milliarden Euro "
               "erzielt. Für 2026 rechnet der Vorstand mit einem Umsatz von 5,2 bis 5,5 Milliarden Euro.", "Feldmann",
         [("revenue", 5.6e9, "EUR", dict(when="2025", modality="reported")),
          ("revenue", (5.2e9, 5.5e9), "EUR", dict(when="2026", modality="expected"))]),
    ],
    "a works council's figure": [  # "Nach Informationen des Betriebsrats": a third party's figure is reported
        ("de", "Betriebsrat warnt\n\nDer Gesamtbetriebsrat der Sonnfeld AG wirft dem Vorstand einen Kahlschlag vor. Nach "
               "Informationen des Betriebsrats sollen bis zu 3.000 Arbeitsplätze gestrichen werden.", "Sonnfeld",
         [("job_cuts", 3000, "count", dict(modality="reported", bound="upper"))]),
    ],
    "a plant shut down": [  # "stillgelegt", "im Werk Salzgitter": the site by its name, not the plant noun
        ("de", "Kessler Stahl legt Werk still\n\nDie Kessler Stahl AG legt das Werk in Kassel still, teilte das Unternehmen "
               "am Dienstag mit. Die Produktion im Werk Salzgitter wird Ende 2027 eingestellt.", "Kessler Stahl",
         [("store_closure", None, None, dict(object="Kassel", when=TUESDAY)),
          ("store_closure", None, None, dict(object="Salzgitter", when="2027-Q4", modality="planned"))]),
        ("de", "Harlwerk plant Schließung\n\nDer Betriebsrat der Harlwerk AG kämpft gegen die geplante Schließung des "
               "Werks in Bochum. Dort arbeiten 1.300 Menschen.", "Harlwerk",
         [("store_closure", None, None, dict(object="Bochum", modality="planned"))]),
        ("de", "Lohmann schließt Lager\n\nDie Lohmann Logistik GmbH schließt am 30. April das Lager in Hannover, teilte "
               "das Unternehmen am Dienstag mit.", "Lohmann Logistik",
         [("store_closure", None, None, dict(object="Hannover"))]),  # the day of a date counts no sites
        ("de", "Kessler Stahl gibt Emden auf\n\nDie Kessler Stahl AG will das Werk Emden schließen, teilte das Unternehmen "
               "am Dienstag mit.", "Kessler Stahl", [("store_closure", None, None, dict(object="Emden", when=TUESDAY))]),
        ("de", "Kessler Stahl\n\nDie Kessler Stahl AG will das Werk Ende 2027 schließen. Das Werk Mitte des Jahres "
               "zu schließen, sei zu früh.", "Kessler Stahl", []),  # a time after the plant noun names no site
        ("fr", "Castelor arrête une usine\n\nCastelor SA va arrêter la production dans l'usine de Vernon en 2027, a annoncé "
               "l'entreprise mardi.", "Castelor", [("store_closure", None, None, dict(object="Vernon", when="2027"))]),
        ("es", "Morvento cierra\n\nMorvento SA dejará de producir en la fábrica de Valdemoro en 2027, anunció la empresa el "
               "martes.", "Morvento", [("store_closure", None, None, dict(object="Valdemoro", when="2027"))]),
    ],
    "a plant's town": [  # "su planta de Almussafes", "son usine de Blainville": a place, not a company
        ("es", "Automoción Levante despide\n\nLa fabricante Automoción Levante despedirá a 350 trabajadores de su planta "
               "de Almussafes, según han informado fuentes sindicales.", "Automoción Levante",
         [("job_cuts", 350, "count", dict(speaker=None))]),
        ("fr", "Carvalle supprime des postes\n\nLe constructeur Carvalle va supprimer 400 postes dans son usine de "
               "Blainville, a annoncé l'entreprise mardi.", "Carvalle",
         [("job_cuts", 400, "count", dict(when=TUESDAY, speaker="Carvalle"))]),
    ],
    "the staff of sites": [  # the people a closing site employs are not the company's workforce
        ("fr", "Borveau ferme deux usines\n\nLe fabricant de pneumatiques Borveau a annoncé mardi la fermeture de ses "
               "usines de Vierzon et de Troyes, qui emploient au total 1 250 personnes. Le groupe emploie près de 132 000 "
               "personnes dans le monde.", "Borveau",
         [("workforce", 132000, "count", dict(approx=True)), ("store_closure", 2, "count", {}),
          ("store_closure", None, None, dict(object="Vierzon")), ("store_closure", None, None, dict(object="Troyes"))]),
        ("es", "Automoción Levante vende una planta\n\nLa empresa Automoción Levante venderá la planta de Almussafes, que "
               "emplea a 1.200 personas. El grupo tiene una plantilla de 8.000 trabajadores.", "Automoción Levante",
         [("workforce", 8000, "count", {})]),
        ("de", "Rheinhütte verkauft ein Werk\n\nDer Stahlkonzern Rheinhütte verkauft das Werk in Duisburg, in dem 3.000 "
               "Menschen arbeiten. Insgesamt beschäftigt Rheinhütte 27.000 Menschen.", "Rheinhütte",
         [("workforce", 27000, "count", {})]),
    ],
    "a target for the current year": [  # the year under way, not the one before; a target is an expectation
        ("de", "Hanseatica verdient mehr\n\nDer Versicherer Hanseatica steigerte den Gewinn 2025 auf 1,45 Milliarden Euro. "
               "Für das laufende Jahr peilt Hanseatica einen Gewinn von 1,6 Milliarden Euro an.", "Hanseatica",
         [("profit", 1.45e9, "EUR", dict(when="2025", modality="reported")),
          ("profit", 1.6e9, "EUR", dict(when="2026", modality="expected"))]),
        ("fr", "Verlaine Industries vise plus\n\nLe bénéfice net du groupe Verlaine Industries a atteint 1,4 milliard "
               "d'euros en 2025. Pour l'exercice en cours, le groupe vise un bénéfice net de 1,5 milliard d'euros.",
         "Verlaine Industries",
         [("net_income", 1.4e9, "EUR", dict(when="2025", modality="reported")),
          ("net_income", 1.5e9, "EUR", dict(when="2026", modality="expected"))]),
        ("es", "Hortalia Alimentos prevé ganar más\n\nLa empresa Hortalia Alimentos ganó 140 millones de euros en 2025. Para "
               "el ejercicio en curso, la compañía prevé un beneficio neto de 150 millones de euros.", "Hortalia Alimentos",
         [("net_income", 140e6, "EUR", dict(when="2025", modality="reported")),
          ("net_income", 150e6, "EUR", dict(when="2026", modality="expected"))]),
    ],
    "a union by name": [  # a union's figure is reported or expected, with no company speaking; the union is no company
        ("fr", "Altiria : les syndicats inquiets\n\nLa CFE-CGC estime que jusqu'à 2 500 emplois pourraient disparaître "
               "chez l'opérateur Altiria.", "Altiria",
         [("job_cuts", 2500, "count", dict(bound="upper", modality="expected", speaker=None))]),
        ("fr", "Altiria : les syndicats inquiets\n\nSelon la CGT, près de 700 emplois sont menacés chez l'opérateur "
               "Altiria.", "Altiria", [("job_cuts", 700, "count", dict(approx=True, modality="expected", speaker=None))]),
        ("es", "Tejidos Albarrán recorta plantilla\n\nSegún CCOO, la textil Tejidos Albarrán despedirá a 1.100 "
               "trabajadores.", "Tejidos Albarrán",
         [("job_cuts", 1100, "count", dict(modality="reported", speaker=None))]),
        ("de", "Sorge bei der Steinau Bank\n\nDie Gewerkschaft Verdi befürchtet, dass bei der Steinau Bank AG bis zu 3.000 "
               "Stellen verloren gehen.", "Steinau Bank",
         [("job_cuts", 3000, "count", dict(bound="upper", modality="reported", speaker=None))]),  # a fear, no announcement
        ("fr", "Inquiétude chez Verlaine\n\nLa CGT craint que 260 emplois soient perdus chez Verlaine Industries.",
         "Verlaine Industries", [("job_cuts", 260, "count", dict(modality="expected", speaker=None))]),
    ],
    "results in a verb": [  # "perdió 75 millones", "a perdu 120 millions": a loss; "cercana a": about
        ("es", "Supermercados Olmeda pierde dinero\n\nLa cadena Supermercados Olmeda perdió 75 millones de euros en 2025 "
               "y tiene una plantilla cercana a los 8.000 trabajadores.", "Supermercados Olmeda",
         [("loss", 75e6, "EUR", dict(when="2025", modality="reported")),
          ("workforce", 8000, "count", dict(approx=True))]),
        ("fr", "Maréchal dans le rouge\n\nLe distributeur Maréchal a perdu 120 millions d'euros en 2025.", "Maréchal",
         [("loss", 120e6, "EUR", dict(when="2025", modality="reported"))]),
    ],
    "the reason given": [  # "begründete ... mit", "Als Grund nannte", "justifie ... par", "por la caída de la demanda"
        ("de", "Rheinhütte baut ab\n\nDer Stahlkonzern Rheinhütte will bis zu 5.000 Arbeitsplätze abbauen. "
               "Vorstandsvorsitzender Jürgen Falk begründete die Einschnitte mit Überkapazitäten und hohen Energiepreisen.",
         "Rheinhütte",
         [("job_cuts", 5000, "count", dict(bound="upper", modality="planned")),
          ("cause", None, None, dict(object="overcapacity", polarity="affirm", speaker="Jürgen Falk")),
          ("cause", None, None, dict(object="costs", polarity="affirm", speaker="Jürgen Falk"))]),
        ("de", "Orbis Digital baut ab\n\nDas Softwarehaus Orbis Digital baut 600 Stellen ab. Als Grund nannte Orbis "
               "Digital den Einsatz von künstlicher Intelligenz.", "Orbis Digital",
         [("job_cuts", 600, "count", {}), ("cause", None, None, dict(object="AI", polarity="affirm"))]),
        ("fr", "Vernier supprime des postes\n\nLe groupe Vernier va supprimer 2 300 postes. La direction justifie ces "
               "suppressions par la baisse de la demande.", "Vernier",
         [("job_cuts", 2300, "count", {}), ("cause", None, None, dict(object="demand", polarity="affirm"))]),
        ("es", "Tejidos Albarrán recorta plantilla\n\nLa textil Tejidos Albarrán despedirá a 1.100 trabajadores. Según el "
               "consejero delegado, Javier Montero, el ajuste es necesario por la caída de la demanda.", "Tejidos Albarrán",
         [("job_cuts", 1100, "count", {}),
          ("cause", None, None, dict(object="demand", polarity="affirm", speaker="Javier Montero"))]),
    ],
    "a part and its whole": [  # the cut is the part, the whole after the partitive the workforce, no from-to change
        ("fr", "Orvane supprime des emplois\n\nLe chimiste bâlois Orvane va supprimer 450 emplois sur les 16’000 qu'il "
               "compte en Suisse, a annoncé le groupe mardi.", "Orvane",
         [("job_cuts", 450, "count", dict(when=TUESDAY, modality="announced")),
          ("workforce", 16000, "count", dict(segment="Switzerland", modality="reported"))]),
        ("es", "Tejidos Albarrán despide\n\nLa textil Tejidos Albarrán despedirá a 500 de sus 9.000 empleados, anunció la "
               "compañía el martes.", "Tejidos Albarrán",
         [("job_cuts", 500, "count", dict(when=TUESDAY, modality="announced")), ("workforce", 9000, "count", {})]),
        ("es", "Tejidos Albarrán despide\n\nLa textil Tejidos Albarrán despedirá a 500 empleados de los 9.000 que tiene "
               "en España.", "Tejidos Albarrán",
         [("job_cuts", 500, "count", dict(modality="announced")),
          ("workforce", 9000, "count", dict(segment="Spain"))]),
    ],
    "an earlier round": [  # a round told in the pluperfect is what happened before this news: reported
        ("de", "Kaufmarkt streicht Stellen\n\nDie Handelskette Kaufmarkt streicht 1.400 Stellen, teilte das Unternehmen "
               "am Dienstag mit. Bereits im Frühjahr hatte Kaufmarkt zweitausend Stellen abgebaut.", "Kaufmarkt",
         [("job_cuts", 1400, "count", dict(when=TUESDAY, modality="announced")),
          ("job_cuts", 2000, "count", dict(modality="reported"))]),
        ("fr", "Lumeris supprime des postes\n\nLe groupe Lumeris va supprimer 300 postes, a annoncé l'entreprise mardi. "
               "Lumeris avait déjà supprimé 500 emplois.", "Lumeris",
         [("job_cuts", 300, "count", dict(when=TUESDAY, modality="announced")),
          ("job_cuts", 500, "count", dict(modality="reported"))]),
    ],
    "fuel prices": [
        ("es", "Vueltamar plantea un ERE\n\nLa aerolínea Vueltamar abrirá un ERE para 480 empleados. La compañía atribuye "
               "el ajuste al alza del precio del combustible.", "Vueltamar",
         [("job_cuts", 480, "count", {}), ("cause", None, None, dict(object="costs", polarity="affirm"))]),
    ],
    "a number in several words": [  # "dos mil quinientos" is one figure, 2,500, not 2,000 and 500
        ("es", "Hortalia Alimentos despide\n\nLa empresa Hortalia Alimentos despedirá a dos mil quinientos trabajadores, "
               "anunció la compañía el martes.", "Hortalia Alimentos",
         [("job_cuts", 2500, "count", dict(when=TUESDAY, modality="announced"))]),
        ("fr", "Vernier supprime des postes\n\nLe groupe Vernier va supprimer près de deux mille cinq cents postes, a "
               "annoncé l'entreprise mardi.", "Vernier", [("job_cuts", 2500, "count", dict(approx=True, when=TUESDAY))]),
    ],
    "an aside in brackets": [  # "(Ebit)" between the result's noun and its verb ends no clause
        ("de", "Valtenberg verdient weniger\n\nDer bereinigte operative Gewinn (Ebit) des Chemiekonzerns Valtenberg lag im "
               "vierten Quartal bei 980 Millionen Euro.", "Valtenberg",
         [("profit", 980e6, "EUR", dict(when="2025-Q4", modality="reported"))]),
        ("fr", "Vernier résiste\n\nAu quatrième trimestre, le résultat opérationnel courant (ROC) du groupe Vernier s'est "
               "établi à 410 millions d'euros.", "Vernier", [("profit", 410e6, "EUR", dict(when="2025-Q4"))]),
        ("es", "Hortalia Alimentos mejora\n\nEl resultado operativo (ebit) de la empresa Hortalia Alimentos "
               "ascendió a 95 millones de euros en 2025.", "Hortalia Alimentos",
         [("profit", 95e6, "EUR", dict(when="2025"))]),
    ],
    "the year-earlier level": [  # the level of the period compared with, dated by "un an plus tôt", "im
        # Vorjahreszeitraum", "en el mismo periodo del año anterior": the same quarter a year before
        ("de", "Kerndorf rutscht ins Minus\n\nIm vierten Quartal stand bei der Kerndorf GmbH ein Verlust von 140 Mio. Euro, "
               "nach einem Gewinn von 65 Mio. Euro im Vorjahreszeitraum.", "Kerndorf",
         [("loss", 140e6, "EUR", dict(when="2025-Q4", modality="reported")), ("profit", 65e6, "EUR", dict(when="2024-Q4"))]),
        ("fr", "Orvane recule\n\nLe chiffre d'affaires du groupe Orvane s'est établi à 4,1 milliards de francs au quatrième "
               "trimestre, contre 4,3 milliards un an plus tôt.", "Orvane",
         [("revenue", 4.1e9, "CHF", dict(when="2025-Q4")), ("revenue", 4.3e9, "CHF", dict(when="2024-Q4"))]),
        ("es", "Supermercados Olmeda pierde\n\nLa cadena Supermercados Olmeda perdió 75 millones de euros en el cuarto "
               "trimestre, frente a unas ganancias de 12 millones de euros en el mismo periodo del año anterior.",
         "Supermercados Olmeda", [("loss", 75e6, "EUR", dict(when="2025-Q4")), ("profit", 12e6, "EUR", dict(when="2024-Q4"))]),
    ],
    "quarters and cases": [  # "au T3" (trimestre); the dative "Arbeitsplätzen" counts jobs
        ("fr", "Vernier gagne plus\n\nLe groupe Vernier a dégagé un bénéfice net de 320 millions d'euros au T3.", "Vernier",
         [("net_income", 320e6, "EUR", dict(when="2025-Q3", modality="reported"))]),
        ("es", "Hortalia Alimentos gana más\n\nLa empresa Hortalia Alimentos ganó 32 millones de euros en el T3.",
         "Hortalia Alimentos", [("net_income", 32e6, "EUR", dict(when="2025-Q3", modality="reported"))]),
        ("de", "Lindhoff baut ab\n\nDie Lindhoff Maschinenbau GmbH kündigte am Dienstag einen Stellenabbau von 2.000 "
               "Arbeitsplätzen an.", "Lindhoff Maschinenbau",
         [("job_cuts", 2000, "count", dict(when=TUESDAY, modality="announced"))]),
    ],
    "millions after a space": [  # "320 M€", "1.200 M€" are sums of money, never a count of jobs
        ("fr", "Vernier économise\n\nLe groupe Vernier annonce un plan d'économies de 320 M€ et la suppression de 450 "
               "postes, a annoncé l'entreprise mardi.", "Vernier",
         [("cost_savings", 320e6, "EUR", dict(modality="planned")),
          ("job_cuts", 450, "count", dict(when=TUESDAY, modality="planned"))]),  # part of the plan; a savings figure is no cause
        ("es", "Hortalia Alimentos factura más\n\nLa empresa Hortalia Alimentos facturó 1.200 M€ en 2025, informó la "
               "compañía el martes.", "Hortalia Alimentos", [("revenue", 1.2e9, "EUR", dict(when="2025"))]),
    ],
    "told to an outlet": [  # a spokesperson telling an outlet is the company speaking, not the outlet reporting
        ("es", "Hortalia Alimentos despide\n\nLa empresa Hortalia Alimentos despedirá a 450 trabajadores, según ha "
               "explicado a Europa Press un portavoz.", "Hortalia Alimentos",
         [("job_cuts", 450, "count", dict(modality="announced", speaker="Hortalia Alimentos"))]),
        ("es", "Hortalia Alimentos despide\n\nLa empresa Hortalia Alimentos despedirá a 450 trabajadores, según publica "
               "Expansión.", "Hortalia Alimentos",  # the outlet's own report stays a rumour
         [("job_cuts", 450, "count", dict(modality="rumoured", speaker="Expansión"))]),
    ],
    "the currency said once": [  # "... 4,2 milliards d'euros ... une perte nette de 150 millions.": euros too
        ("fr", "Vernier dans le rouge\n\nLe groupe Vernier a réalisé en 2025 un chiffre d'affaires de 4,2 milliards "
               "d'euros, en recul de 3 %, et une perte nette de 150 millions.", "Vernier",
         [("revenue", 4.2e9, "EUR", dict(when="2025")), ("loss", 150e6, "EUR", dict(when="2025"))]),
        ("es", "Hortalia Alimentos pierde\n\nLa empresa Hortalia Alimentos registró en 2025 unos ingresos de 4.200 millones "
               "de euros, un 3% menos, y unas pérdidas de 150 millones.", "Hortalia Alimentos",
         [("revenue", 4.2e9, "EUR", dict(when="2025")), ("loss", 150e6, "EUR", dict(when="2025"))]),
    ],
    "a forecast beside a size": [  # "compte 25 000 salariés" is no plan; "table sur" makes the revenue a forecast
        ("fr", "Altoris table sur la croissance\n\nLe groupe Altoris, qui compte 25 000 salariés, table sur un chiffre "
               "d'affaires de 9 milliards d'euros en 2026.", "Altoris",
         [("workforce", 25000, "count", dict(modality="reported")),
          ("revenue", 9e9, "EUR", dict(when="2026", modality="expected"))]),
        ("de", "Silvatron baut ab\n\nDer Chipkonzern Silvatron baut jede sechste Stelle ab, teilte das Unternehmen am "
               "Dienstag mit.", "Silvatron", [("job_cuts", 16.7, "percent", dict(when=TUESDAY, modality="announced"))]),
    ],
    "a sum's change after staff": [  # "un 4% menos" after a profit is its change, not a share of staff cut
        ("es", "Hortalia Alimentos gana menos\n\nLa plantilla de la empresa Hortalia Alimentos asciende a unos 14.500 "
               "trabajadores. En 2025, Hortalia ganó 610 millones de euros, un 4% menos.", "Hortalia Alimentos",
         [("workforce", 14500, "count", dict(approx=True)), ("net_income", 610e6, "EUR", dict(when="2025"))]),
    ],
    "counted roughly": [  # "un millier", "une dizaine", "un millar": approximate figures of what follows "de"
        ("fr", "Torvmark supprime un millier de postes\n\nL'enseigne Torvmark va supprimer un millier de postes et fermer "
               "une dizaine de magasins, a annoncé l'entreprise mardi.", "Torvmark",
         [("job_cuts", 1000, "count", dict(approx=True, when=TUESDAY, modality="announced")),
          ("store_closure", 10, "count", dict(approx=True, modality="planned"))]),
        ("es", "Alcora Seguros cierra oficinas\n\nLa aseguradora Alcora Seguros cerrará una decena de oficinas y "
               "prescindirá de cerca de un millar de trabajadores, anunció la compañía el martes.", "Alcora Seguros",
         [("store_closure", 10, "count", dict(approx=True, modality="planned")),
          ("job_cuts", 1000, "count", dict(approx=True, when=TUESDAY))]),
    ],
    "the first nine months": [  # results of January to September are the year's (before September: last year's)
        ("fr", "Verlaine Industries recule\n\nLe groupe Verlaine Industries a annoncé mardi la suppression de 400 postes. "
               "Sur les neuf premiers mois, son chiffre d'affaires a reculé de 2 % à 6,1 milliards d'euros.",
         "Verlaine Industries",
         [("job_cuts", 400, "count", dict(when=TUESDAY)), ("revenue", 6.1e9, "EUR", dict(when="2025", modality="reported"))]),
        ("es", "Hortalia Alimentos gana más\n\nLa empresa Hortalia Alimentos anunció el martes el despido de 300 "
               "trabajadores. En los primeros nueve meses del año, su beneficio neto subió un 4% hasta 95 millones de euros.",
         "Hortalia Alimentos",
         [("job_cuts", 300, "count", dict(when=TUESDAY)), ("net_income", 95e6, "EUR", dict(when="2025"))]),
    ],
    "a change in a clause of its own": [  # "le chiffre d'affaires ..., en repli de 2 % à 6,1 milliards": the level
        ("fr", "Verlaine Industries publie ses ventes\n\nLe groupe Verlaine Industries a publié mardi son chiffre "
               "d'affaires de 2025, en repli de 2 % à 6,1 milliards d'euros (7 milliards de dollars). Le bénéfice net, en "
               "hausse de 5 % à 300 millions d'euros, a surpris.", "Verlaine Industries",
         [("revenue", 6.1e9, "EUR", dict(when="2025")), ("net_income", 300e6, "EUR", dict(when="2025"))]),
    ],
    "compared with": [  # an earlier target compared with is the same measure, told as past; a result compared with
        # needs a time of its own
        ("es", "Hortalia Alimentos eleva su ahorro\n\nLa empresa Hortalia Alimentos elevó el martes su objetivo de ahorro "
               "de costes a 300 millones de euros (320 millones de dólares) para finales de 2027, frente a los 250 millones "
               "de euros (270 millones de dólares) previstos inicialmente. Su beneficio neto subió a 210 millones de euros "
               "en 2025, frente a 180 millones.", "Hortalia Alimentos",
         [("cost_savings", 300e6, "EUR", dict(when="2027-Q4", modality="planned")),
          ("cost_savings", 250e6, "EUR", dict(when=PUBLISHED, modality="reported")),
          ("net_income", 210e6, "EUR", dict(when="2025"))]),
        ("fr", "Verlaine Industries relève son objectif\n\nLe groupe Verlaine Industries a relevé mardi son objectif "
               "d'économies à 300 millions d'euros d'ici 2027, contre 250 millions d'euros prévus initialement. Son bénéfice "
               "net a atteint 210 millions d'euros en 2025, contre 180 millions.", "Verlaine Industries",
         [("cost_savings", 300e6, "EUR", dict(when="2027", modality="planned")),
          ("cost_savings", 250e6, "EUR", dict(modality="reported")),
          ("net_income", 210e6, "EUR", dict(when="2025"))]),
    ],
    "thousands grouped with commas": [  # "1,200 empleos" shows the outlet's grouping: "2,500 millones" is 2.5 billion
        ("es", "Hortalia Alimentos despedirá a 1,200 empleados\n\nLa empresa Hortalia Alimentos eliminará 1,200 empleos y "
               "recortará sus gastos en 2,500 millones de pesos, anunció el martes.", "Hortalia Alimentos",
         [("job_cuts", 1200, "count", dict(when=TUESDAY)), ("cost_savings", 2.5e9, "MXN", dict(modality="planned"))]),
    ],
    "fewer sites": [  # "sus plantas ... desde las 12 actuales hasta 8": four sites to close, however far the noun
        ("es", "Hortalia Alimentos reduce sus plantas\n\nLa empresa Hortalia Alimentos anunció el martes la reducción del "
               "número de sus plantas de producción de conservas en toda Europa desde las 12 actuales hasta 8.",
         "Hortalia Alimentos", [("store_closure", 4, "count", dict(modality="planned"))]),
    ],
    "the cuts told": [  # expecting something of "estos despidos" is no outlook of further cuts
        ("es", "Hortalia Alimentos despedirá a 500 trabajadores\n\nLa empresa Hortalia Alimentos despedirá a 500 "
               "trabajadores, anunció el martes. La compañía espera volver a la rentabilidad con estos despidos.",
         "Hortalia Alimentos", [("job_cuts", 500, "count", dict(when=TUESDAY, modality="announced"))]),
    ],
    "collective agreed departures": [  # "ruptures conventionnelles collectives" count departures; a union's horizon
        # ("selon la CFDT ... d'ici 2027") dates its own figure, not the company's
        ("fr", "Harlow Foods : 300 ruptures conventionnelles collectives\n\nHarlow Foods va proposer 300 ruptures "
               "conventionnelles collectives à ses salariés du siège, a annoncé la direction lundi. Selon la CFDT, près de "
               "500 emplois pourraient au total disparaître d'ici 2027.", "Harlow Foods",
         [("job_cuts", 300, "count", dict(when="2026-03-02", modality="announced")),
          ("job_cuts", 500, "count", dict(approx=True, when="2027", modality="expected"))]),
    ],
    "savings per year": [  # "par an" after the savings is their rate, no ratio of another measure
        ("fr", "Calvane supprime 1 800 emplois\n\nLe constructeur Calvane va supprimer 1 800 emplois en Europe, a indiqué "
               "mardi son PDG. Le groupe vise 500 millions d'euros d'économies par an.", "Calvane",
         [("job_cuts", 1800, "count", dict(when=TUESDAY)), ("cost_savings", 500e6, "EUR", dict(modality="planned"))]),
    ],
    "staff affected by a closure": [  # "350 salariés sont concernés", "afectará a 350 trabajadores": the cut
        ("fr", "Orbelle ferme 40 magasins\n\nL'enseigne Orbelle va fermer 40 de ses 210 magasins en France, a-t-elle "
               "annoncé mardi. Environ 350 salariés sont concernés.", "Orbelle",
         [("store_closure", 40, "count", dict(when=TUESDAY, modality="planned")),
          ("job_cuts", 350, "count", dict(approx=True))]),
        ("es", "Marbella Moda cierra tiendas\n\nLa cadena Marbella Moda cerrará 45 tiendas en España, anunció el martes. "
               "El cierre afectará a 350 trabajadores.", "Marbella Moda",
         [("store_closure", 45, "count", dict(when=TUESDAY, modality="planned")), ("job_cuts", 350, "count", dict())]),
    ],
    "cuts told with closures in one country": [  # the cuts of those closures: that country's, not the group's
        ("es", "Pellham cierra tiendas\n\nPellham cerrará 12 tiendas en Italia, con 300 despidos, según anunció la "
               "compañía el martes.", "Pellham",
         [("store_closure", 12, "count", dict(segment="Italy", when=TUESDAY)),
          ("job_cuts", 300, "count", dict(segment="Italy", when=TUESDAY))]),
        ("fr", "Pellham ferme des magasins\n\nL'enseigne Pellham a annoncé mardi la fermeture de 30 magasins en "
               "Italie, entraînant la suppression de 900 postes.", "Pellham",
         [("store_closure", 30, "count", dict(segment="Italy", when=TUESDAY)),
          ("job_cuts", 900, "count", dict(segment="Italy", when=TUESDAY))]),
    ],
    "closures in all": [  # "En total, ... cerrará 40 tiendas": the whole plan's closures
        ("es", "Pellham cierra tiendas\n\nPellham cerrará 12 tiendas en Italia, anunció el martes. En total, el "
               "grupo cerrará 40 tiendas.", "Pellham",
         [("store_closure", 12, "count", dict(segment="Italy", aggregate=None)),
          ("store_closure", 40, "count", dict(segment=None, aggregate="total"))]),
    ],
    "a collapse of demand": [  # "face à l'effondrement de la demande": the cause given for the cuts
        ("fr", "Delvaart supprime 450 postes\n\nLe fabricant Delvaart a présenté mardi un plan de sauvegarde de l'emploi "
               "prévoyant la suppression de 450 postes. « Nous n'avons pas d'autre choix face à l'effondrement de la "
               "demande », a déclaré le directeur général, Marc Fontaine.", "Delvaart",
         [("job_cuts", 450, "count", dict(when=TUESDAY)),
          ("cause", None, None, dict(object="demand", polarity="affirm", speaker="Marc Fontaine"))]),
    ],
    "a fall to a level after a comma": [  # "cayeron un 12%, hasta 870 millones": where revenue went, not "up to"
        ("es", "Hortalia Alimentos vende menos\n\nLa empresa Hortalia Alimentos registró pérdidas de 95 millones de euros "
               "en 2025. Sus ingresos cayeron un 12%, hasta 870 millones de euros.", "Hortalia Alimentos",
         [("loss", 95e6, "EUR", dict(when="2025")), ("revenue", 870e6, "EUR", dict(when="2025", bound=None))]),
    ],
    "union sources": [  # "según fuentes sindicales": a union's word, reported, no rumour
        ("es", "Alcora Seguros plantea un ERE\n\nLa aseguradora Alcora Seguros ha presentado a los sindicatos un "
               "expediente de regulación de empleo que afectará a 600 trabajadores, según fuentes sindicales.",
         "Alcora Seguros", [("job_cuts", 600, "count", dict(modality="reported", speaker=None))]),
    ],
    "a strike at a company": [  # "Huelga en X" in a headline: the company, not a place
        ("es", "Huelga en Norvia Telecom\n\nLos trabajadores de Norvia Telecom secundaron el martes una huelga contra "
               "el ERE de 1.300 despidos planteado por la dirección.", "Norvia Telecom",
         [("job_cuts", 1300, "count", dict())]),
    ],
    "an outlet that broke the news": [  # "según ha adelantado X": the outlet's report, a rumour
        ("es", "Torrent Motor despedirá a 900 trabajadores\n\nEl fabricante Torrent Motor despedirá a 900 trabajadores "
               "de su planta de Valencia, según ha adelantado El Confidencial.", "Torrent Motor",
         [("job_cuts", 900, "count", dict(modality="rumoured"))]),
    ],
    "a share with its noun inside": [  # "un poste sur cinq" is a share of the staff it names
        ("fr", "Vireo Banque réduit la voilure\n\nLa banque Vireo Banque va supprimer un poste sur cinq d'ici 2027, soit "
               "environ 400 emplois, a annoncé mardi son président.", "Vireo Banque",
         [("job_cuts", 20, "percent", dict(when="2027", modality="planned")),
          ("job_cuts", 400, "count", dict(approx=True, when="2027", modality="planned"))]),
    ],
    "a result's year before a cut": [  # "tras cerrar 2025 con unas pérdidas ...": the loss's year, not the next cut's
        ("es", "Solaria Retail cerrará 60 supermercados\n\nLa cadena Solaria Retail cerrará 60 supermercados, anunció el "
               "martes, tras cerrar 2025 con unas pérdidas de 210 millones de euros. UGT calcula que el ajuste afectará a "
               "cerca de 1.500 personas.", "Solaria Retail",
         [("store_closure", 60, "count", dict(when=TUESDAY, modality="planned")),
          ("loss", 210e6, "EUR", dict(when="2025")),
          ("job_cuts", 1500, "count", dict(approx=True, when=TUESDAY, modality="reported"))]),
    ],
    "the reasons invoked": [  # "L'aciériste invoque ...": the company speaks, of the cuts before
        ("fr", "Montval Acier supprime 420 emplois\n\nLe groupe Montval Acier va supprimer 420 emplois, a annoncé lundi "
               "la direction. L'aciériste invoque la hausse des coûts de l'énergie et la concurrence chinoise.",
         "Montval Acier",
         [("job_cuts", 420, "count", dict(when="2026-03-02")),
          ("cause", None, None, dict(object="costs", polarity="affirm")),
          ("cause", None, None, dict(object="competition", polarity="affirm"))]),
    ],
    "cuts already made": [  # "a supprimé", "ha despedido": done, reported, not announced
        ("fr", "Torvmark réduit ses effectifs\n\nL'enseigne Torvmark a supprimé 300 postes dans ses entrepôts, a reconnu "
               "mardi la direction.", "Torvmark", [("job_cuts", 300, "count", dict(modality="reported", when=TUESDAY))]),
        ("es", "Cervantes Digital recorta plantilla\n\nLa tecnológica Cervantes Digital ha despedido a 150 empleados, "
               "según ha confirmado la compañía.", "Cervantes Digital",
         [("job_cuts", 150, "count", dict(modality="reported"))]),
    ],
    "a result after the one before": [  # "après une perte ... en 2024" is the year compared with: the next sentence
        # goes on about 2025
        ("fr", "Harlow Foods renoue avec les bénéfices\n\nHarlow Foods a dégagé en 2025 un bénéfice net de 312 millions "
               "d'euros, après une perte de 58 millions d'euros en 2024. Son chiffre d'affaires a progressé de 4,5 % pour "
               "atteindre 7,9 milliards d'euros.", "Harlow Foods",
         [("net_income", 312e6, "EUR", dict(when="2025")), ("loss", 58e6, "EUR", dict(when="2024")),
          ("revenue", 7.9e9, "EUR", dict(when="2025"))]),
    ],
    "crews and workers": [  # "150 tripulantes", "300 ouvriers" count staff
        ("es", "Aerolíneas Brisa recorta 400 empleos\n\nLa aerolínea Aerolíneas Brisa recortará 400 empleos, 250 en "
               "tierra y 150 tripulantes, anunció el martes.", "Aerolíneas Brisa",
         [("job_cuts", 400, "count", dict(when=TUESDAY)), ("job_cuts", 250, "count", dict()),
          ("job_cuts", 150, "count", dict())]),
    ],
    "a result's period beside a cut": [  # "une perte nette ... pour 2025, et la suppression de 2 000 à 2 500 postes":
        # 2025 is the loss's year, not the cut's; "en el primer semestre, hasta ..." dates no closure after it
        ("fr", "Valmorel dans le rouge\n\nValmorel a annoncé mardi une perte nette de 1,1 milliard d'euros pour 2025 et "
               "la suppression de 2 000 à 2 500 postes dans le monde. « Nous devons réduire nos coûts de 800 millions "
               "d'euros », a affirmé son directeur financier, Luc Perrin.", "Valmorel",
         [("loss", 1.1e9, "EUR", dict(when="2025")),
          ("job_cuts", (2000, 2500), "count", dict(when=TUESDAY, modality="announced")),
          ("cost_savings", 800e6, "EUR", dict(modality="planned"))]),  # costs cut by a sum: a saving, no cause
        ("es", "Grupo Marzal eleva sus ventas\n\nLas ventas de Grupo Marzal crecieron un 9% en el primer semestre, hasta "
               "1.120 millones de euros. La empresa prevé cerrar una docena de tiendas en Portugal.", "Grupo Marzal",
         [("revenue", 1.12e9, "EUR", dict(when="2026-H1")),
          ("store_closure", 12, "count", dict(approx=True, when=PUBLISHED, modality="planned"))]),
    ],
    "an expectation of the past": [  # "esperaba inicialmente recortar 1.600": the earlier plan, reported
        ("es", "Banca Morvedre pacta 1.200 salidas\n\nLa entidad Banca Morvedre pactó el martes con los sindicatos la "
               "salida de 1.200 empleados. El banco esperaba inicialmente recortar 1.600 puestos de trabajo.",
         "Banca Morvedre",
         [("job_cuts", 1200, "count", dict(when=TUESDAY)), ("job_cuts", 1600, "count", dict(modality="reported"))]),
    ],
    "a cut in the perfect": [  # "ha despedido": the participle of "despedir" is a cut
        ("es", "Hortalia Alimentos despide\n\nLa empresa Hortalia Alimentos ha despedido a 500 empleados, informó el "
               "martes la compañía.", "Hortalia Alimentos", [("job_cuts", 500, "count", dict(when=TUESDAY))]),
    ],
    "reported speech": [  # a sentence in the Konjunktiv with no verb of saying goes on with the last speaker
        ("de", "Brenner Technik streicht 800 Stellen\n\nDie Brenner Technik GmbH streicht 800 Stellen. Der Abbau sei "
               "eine Folge der schwachen Nachfrage, sagte Vorstandschef Jonas Keller. Mit KI habe das nichts zu tun.",
         "Brenner Technik",
         [("job_cuts", 800, "count", {}),
          ("cause", None, None, dict(object="demand", polarity="affirm", speaker="Jonas Keller")),
          ("cause", None, None, dict(object="AI", polarity="deny", speaker="Jonas Keller"))]),
    ],
    "company noun with a complement": [  # "le groupe d'assurance X", "l'enseigne de prêt-à-porter X": a word may be tokens written together
        ("fr", "Fermetures de magasins\n\nL'enseigne de prêt-à-porter Maison Lenoir a annoncé mardi la fermeture de 30 "
               "magasins.", "Maison Lenoir", [("store_closure", 30, "count", dict(when=TUESDAY))]),
        ("fr", "Suppressions d'emplois\n\nLe groupe d'assurance Verlaine Rocher a annoncé mardi la suppression de 400 "
               "emplois.", "Verlaine Rocher", [("job_cuts", 400, "count", dict(when=TUESDAY))]),
    ],
    "staff in a coordinated apposition": [  # "La compañía, con sede en X y unos N empleados,": its size, not the cut
        ("es", "Datalia Sistemas despide a 300\n\nLa empresa Datalia Sistemas despedirá a 300 trabajadores. La compañía, "
               "con sede en Sevilla y unos 2.100 empleados, confirmó el recorte el martes.", "Datalia Sistemas",
         [("job_cuts", 300, "count", {}), ("workforce", 2100, "count", dict(approx=True))]),
    ],
    "a result below zero in words": [  # "un resultado negativo de", "un résultat net négatif de": a negative result
        ("es", "Datalia Sistemas pierde dinero\n\nLa empresa Datalia Sistemas cerró 2025 con un resultado operativo "
               "negativo de 9 millones de euros.", "Datalia Sistemas", [("profit", -9e6, "EUR", dict(when="2025"))]),
        ("fr", "Ardéval dans le rouge\n\nLe groupe Ardéval a publié un résultat net négatif de 12 millions d'euros pour "
               "2025.", "Ardéval", [("net_income", -12e6, "EUR", dict(when="2025"))]),
    ],
    "forced layoffs not ruled out": [  # how the cuts told are made, no outlook of further ones
        ("de", "Brenner Technik streicht 800 Stellen\n\nDie Brenner Technik GmbH streicht 800 Stellen. Betriebsbedingte "
               "Kündigungen schließt der Vorstand nicht aus.", "Brenner Technik", [("job_cuts", 800, "count", {})]),
        ("es", "Mirasol Alimentos despedirá a 900\n\nMirasol Alimentos despedirá a 900 trabajadores. La empresa no "
               "descarta despidos forzosos.", "Mirasol Alimentos", [("job_cuts", 900, "count", {})]),
    ],
    "a site's staff after a preposition and a relative": [  # "la planta de X, en la que trabajan N personas"
        ("es", "Conservas Lamela cierra en Cádiz\n\nConservas Lamela cerrará su planta de Cádiz, en la que trabajan 145 "
               "personas, anunció la empresa el martes.", "Conservas Lamela",
         [("store_closure", None, None, dict(object="Cádiz"))]),
    ],
    "tariffs as a cause": [  # a weak cue: after a link word or beside a word of change
        ("es", "Conservas Lamela cierra en Cádiz\n\nConservas Lamela cerrará su planta de Cádiz por los aranceles de "
               "Estados Unidos.", "Conservas Lamela",
         [("store_closure", None, None, dict(object="Cádiz")), ("cause", None, None, dict(object="tariffs", polarity="affirm"))]),
        ("de", "Brenner Technik streicht 800 Stellen\n\nDie Brenner Technik GmbH streicht wegen der höheren Zölle in den "
               "USA 800 Stellen.", "Brenner Technik",
         [("job_cuts", 800, "count", {}), ("cause", None, None, dict(object="tariffs", polarity="affirm"))]),
        ("fr", "Verdane supprime 700 postes\n\nLe groupe Verdane va supprimer 700 postes en raison des droits de douane "
               "américains.", "Verdane",
         [("job_cuts", 700, "count", {}), ("cause", None, None, dict(object="tariffs", polarity="affirm"))]),
    ],
    "compared with a sum in millions": [  # "frente a 415 millones en 2024": the currency of the sum before, no change
        ("es", "Energía Solara gana menos\n\nLa eléctrica Energía Solara obtuvo un beneficio neto de 342 millones de euros "
               "en 2025, frente a 415 millones en 2024.", "Energía Solara",
         [("net_income", 342e6, "EUR", dict(when="2025")), ("net_income", 415e6, "EUR", dict(when="2024"))]),
    ],
    "a time compared with dates nothing after it": [  # "un 9% menos que en 2024, y registró unas pérdidas": of 2025
        ("es", "Conservas Lamela pierde dinero\n\nLa empresa Conservas Lamela facturó 410 millones de euros el año pasado, "
               "un 9% menos que en 2024, y registró unas pérdidas de 12,5 millones de euros.", "Conservas Lamela",
         [("revenue", 410e6, "EUR", dict(when="2025")), ("loss", 12.5e6, "EUR", dict(when="2025"))]),
    ],
    "a past round's horizon": [  # "ya había recortado ... a finales de 2024" dates that round only, not the news
        ("es", "Datalia Sistemas despide a 450\n\nLa empresa Datalia Sistemas despedirá a 450 trabajadores, informó el "
               "martes la compañía. Datalia ya había recortado unos 200 puestos a finales de 2024.", "Datalia Sistemas",
         [("job_cuts", 450, "count", dict(when=TUESDAY)), ("job_cuts", 200, "count", dict(when="2024-Q4"))]),
    ],
    "a sum compared with after a level": [  # "à 18 millions d'euros, après un bénéfice de 4 millions": no change from 4 to 18
        ("fr", "Maison Lenoir dans le rouge\n\nLe chiffre d'affaires de l'enseigne Maison Lenoir a atteint 385 millions "
               "d'euros en 2025, et l'entreprise a renoué avec les pertes, à 18 millions d'euros, après un bénéfice de 4 "
               "millions d'euros en 2024.", "Maison Lenoir",
         [("revenue", 385e6, "EUR", dict(when="2025")), ("loss", 18e6, "EUR", dict(when="2025")),
          ("profit", 4e6, "EUR", dict(when="2024"))]),
    ],
}

PARAMS = [(construction, *case) for construction, cases in CASES.items() for case in cases]
IDS = [f"{p[0]}-{p[1]}-{n}" for n, p in enumerate(PARAMS)]


@pytest.mark.parametrize(("construction", "lang", "text", "org", "expected"), PARAMS, ids=IDS)
def test_construction(construction, lang, text, org, expected):
    x = extract(Article(id="news", text=text, language=lang, published=PUBLISHED))
    check_construction(construction, x, org, expected)
