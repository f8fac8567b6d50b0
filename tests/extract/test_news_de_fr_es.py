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
         [("workforce", 132000, "count", dict(approx=True)), ("store_closure", 2, "count", {})]),
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
        ("es", "Hortalia Alimentos mejora\n\nEl resultado bruto de explotación (ebitda) de la empresa Hortalia Alimentos "
               "ascendió a 95 millones de euros en 2025.", "Hortalia Alimentos",
         [("profit", 95e6, "EUR", dict(when="2025"))]),
    ],
    "the year-earlier level": [  # a level of the period compared with is not dated by the text: no claim of it
        ("de", "Kerndorf rutscht ins Minus\n\nIm vierten Quartal stand bei der Kerndorf GmbH ein Verlust von 140 Mio. Euro, "
               "nach einem Gewinn von 65 Mio. Euro im Vorjahreszeitraum.", "Kerndorf",
         [("loss", 140e6, "EUR", dict(when="2025-Q4", modality="reported"))]),
        ("fr", "Orvane recule\n\nLe chiffre d'affaires du groupe Orvane s'est établi à 4,1 milliards de francs au quatrième "
               "trimestre, contre 4,3 milliards un an plus tôt.", "Orvane",
         [("revenue", 4.1e9, "CHF", dict(when="2025-Q4"))]),
        ("es", "Supermercados Olmeda pierde\n\nLa cadena Supermercados Olmeda perdió 75 millones de euros en el cuarto "
               "trimestre, frente a unas ganancias de 12 millones de euros en el mismo periodo del año anterior.",
         "Supermercados Olmeda", [("loss", 75e6, "EUR", dict(when="2025-Q4"))]),
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
          ("job_cuts", 450, "count", dict(when=TUESDAY, modality="planned")),  # part of the plan
          ("cause", None, None, dict(object="costs", polarity="affirm"))]),
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
}

PARAMS = [(construction, *case) for construction, cases in CASES.items() for case in cases]
IDS = [f"{p[0]}-{p[1]}-{n}" for n, p in enumerate(PARAMS)]


@pytest.mark.parametrize(("construction", "lang", "text", "org", "expected"), PARAMS, ids=IDS)
def test_construction(construction, lang, text, org, expected):
    x = extract(Article(id="news", text=text, language=lang, published=PUBLISHED))
    check_construction(construction, x, org, expected)
