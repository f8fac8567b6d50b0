"""Contradictions end to end on fifty-six stories written blind for the project (before the rules were run on them),
in eleven rounds of six, five, five, five, five, five, five, five, five, five and five: three to five articles each, in en, nl, sv, de, fr and es, about made-up
companies. Each ``stories/<set>.jsonl`` has its ``<set>.expected.json``: every disagreement a careful reader sees
(``expect``: a row of one of the ``any`` kinds whose shown claims carry each ``match`` value, figure, time or cause,
of the ``org`` when given;
``"severity": "soft"`` where a side is only a third party's word, so a hard row there is a hard false alarm) and the
traps that are none (``traps``: rounding, a part beside its total, another round, another period, a forecast revised,
an analyst's view, an update, a subsidiary, a site's share, closures in one country against the group's, full-time
equivalents against heads, net against gross cuts).

The third round (kestrova, meridane, tamberlin, solvenka, ollsbro: 19 articles, 7 disagreements, two of them a
union's) read at first: 1 row, 1 right, 0 false alarms (0 hard), 6 misses (1,950 against 2,400 of one round; the
Valence warehouse closing on 30 September or in December, and the union's July; the CEO's memo on AI and his denial;
the union's 800 against 500; a 2025 operating profit of 1.4 against 1.7 billion crowns). Now 3 of the 7, no false
alarm: the warehouse's two dates (a warehouse is a site, fr and es) and the memo against the CEO's denial
("Tamberlin chief executive Pieter Vos": a name before a firm's title is the firm). Still missed: the German
"Tamberlin streicht ..." (a bare name opening a German sentence) names no firm, so the union's 800 is lost; "crowns"
names no one currency; "Selon la CGT, l'entrepôt fermera dès juillet" names no site. ("Kestrova Industries" and
"Kestrova" are one organisation across outlets now: below.)

The fourth round (grensholm, pellacourt, talvora, ruskwell, norvika: 21 articles, 9 disagreements, three of them a
union's) read at first: 2 rows, 2 right, 0 false alarms (0 hard), 7 misses (1,100 against 1,400 of one round and the
union's 300 against the company's 180 in Germany; the Vierzon plant closing in March or June 2027, and the union's
December; a first half's net profit of 410 against 460 million euros; the union's 2,600 against 2,300; a 2025
operating profit of 2.3 against 2.8 billion Norwegian crowns). Found: the CEO's memo on AI against his denial, and
2,300 against 2,700 of one round.

A bare name joins its one longer name across outlets (kestrova's 1,950 against 2,400 found); joining "Ashgrove" and
"Ashgrove Software" brought the union's Monday against Sweden's Thursday as a date of the round, until the day a third
party spoke was no date of the event. All closures of one named site are one (pellacourt's Vierzon plant in March or
June 2027, beside an outlet that dates only when the closure was told). Still missed of the fourth round: the unions'
figures beside the company's in one article (taken for two rounds), "crowns" and "kronen" (Norwegian here, read as
Swedish or not at all), a subsidiary named after its parent taking the parent's result, "le site fermera dès
décembre", and 1,400 "wereldwijd" in an article that also leaves a plant's 120 open.

The fifth round (mirnavel, ferrowick, haldencroft, calvetta, tervanto: 22 articles, 10 disagreements, three of them a
union's, one a union's inside one article; traps for rounding, "nearly a fifth", a country's and a plant's part, an
earlier and a later round, a quarter beside a half-year, adjusted beside reported, analysts, forecasts revised, a
subsidiary, full-time equivalents, net cuts and a figure corrected by the same outlet the next day) read at first: 7
rows, 5 right, 2 false alarms (both hard: Finanzblatt's 1,200 against 900, which Finanzblatt itself corrected to 900
the next day; "la reducción neta será de 650 puestos" against the gross 900 of the same article and two others), 5
misses (1,950 against 2,400 of one round and the FNV's 600 against the company's 420 in the Netherlands; a denial of
any layoffs the day after 500 were reported; IG Metall's 900 against the company's 600 in Germany; the Swedish union's
300 against the company's 200 in one article). Found: the Dunkirk steelworks closing in September 2026 or January
2027, 240 against 290 million of one half-year's operating profit, the CEO's memo on AI against her denial, 1,500
against 1,800 of one round, and 6.2 against 6.6 billion of 2025 revenue. Both alarms gone: an outlet's later word
replaces its earlier one, and an article's own other figure of that day, on whichever announcement, makes its 650 no
rival of the 900 it also gives. Found since: 1,950 against 2,400 ("Pakketbezorger Mirnavel" named no firm of its own
once a delivery service's word was a company noun), 26 of the 38 in all. The unions' counts beside the company's
("De vakbond FNV spreekt van 600 bedreigde banen", "Die IG Metall spricht von 900 gefährdeten Arbeitsplätzen",
"Facket talar om 300 jobb") are claims now, a third party's, and a third party's count beside the company's in one
article is one round disputed, a soft row (unless its sentence says "more", "weitere" ...: another round): tervanto's
two and grensholm's IG BCE found, 29 of the 38 in all, 30 rows, all right. The FNV's 600 against the 420 since a
place opening its sentence as a clause of its own ("In the Netherlands, 420 posts will go") is its figure's segment:
30 of the 38, 31 rows, all right. Calvetta's denial ("'Er komen geen ontslagen'", no word of more) the day after the
500 were reported is a round denied (stance, soft: the report is a rumour): 31 of the 38, 32 rows, all right. Then
norvika's 2.8 against 2.3 billion crowns ("up from 1.9 billion a year earlier" is of the year before the sentence's
2025, not of 2025), meridane's CGT July (the warehouse named a sentence before; the union's date kept beside the
company's) and ruskwell's Bakers' Union 2,600 ("more than the 2,300 the company announced" compares, it adds no
round): 34 of the 38, 35 rows, all right. Then tamberlin's Verdi 800 (a third party's count of those affected beside
the company's is the union's claim): 35 of the 38, 36 rows, all right. Still missed: brannvik's parts (the German
list of three sites gives only its first), pellacourt's CGT December ("le site fermera dès décembre" after a sentence
of "Le groupe" names no firm) and grensholm's 1,400 "wereldwijd" (its article leaves a plant's 120 open too).

The sixth round (brisolde, kavenholt, marquessa, thornegate, vellmora: 18 long articles of 310 to 460 words, with
background paragraphs of older rounds and results, rivals, analysts, unions, politicians and share prices; 10
disagreements, two of them a union's) read at first: 6 rows, 2 right, 4 false alarms (2 hard: a Belgian branch's
1,100 staff against the Spanish subsidiary's 1,300, and a Dutch partner's 600 staff against the German subsidiary's
1,900, both read as the group's workforce; 2 soft: the Belgian 380 million of revenue against the Spanish
subsidiary's 610 million; CCOO's 2,800 against the 3,000 the same outlet corrected to 2,100 the next day), 8 misses
(1,150 against 1,400 of one round; the Limoges centre closing in June or September; the memo's automation against
the CEO's denial; 2,100 against 2,500 of one ERE and CCOO's 2,800 against the company's 2,100; 700 depot jobs
reported, then denied; the Kvarnsund mill closing in March 2027 or December 2026, and the union's 480 against the
company's 430). Found: a 2025 net profit of 412 against 451 million euros, and 2025 revenue of 3.1 against 3.4
billion pounds. Then a level more than five times below one the organisation states of the same time is a part's
(the Belgian branch's 1,100 staff, the Spanish subsidiary's 1,300 and 610 million, the partner's 600 beside the
group's 32,000, 11,000 and 6.8 billion): 39 rows, 38 right, 1 soft false alarm (CCOO's 2,800 against the 3,000 of
the correction's sentence). Once a correction's sentence quoting an earlier version ("en una versión anterior ... se
indicaba que el ERE afectaría a 3.000 empleados") gave no figure: 39 rows, all right, 38 of the 48 (marquessa's 2,100
against 2,500 found). Then a total its article tells by parts of named segments ("180 banen in België ... in totaal
1.150 banen") is the round itself: 40 rows, all right, 39 of the 48 (brisolde's 1,150 against 1,400). Still missed of
the sixth round: "la fermeture de l'entrepôt de Limoges, qui emploie 240 personnes, en juin" (a time after a relative
clause dates no closure: June against September lost), the CEO's denial of automation ("– Det här handlar inte om
automatisering." gives no denial: its speaker is named only in the quote's next sentence), CCOO's 2,800 (the company's 2,100 in its article is dated by "antes de junio de
2027", not by the day), the 700 depot jobs denied ("Er zijn geen plannen om banen te schrappen", "es gebe keine
solchen Pläne" give no denial of any cuts), the Kvarnsund mill's "in December" against "i mars 2027" ("will close its
Kvarnsund newsprint mill in December" names Kvarnsund the firm, and dates the closure by its article), and Pappers'
480 ("Enligt Pappers berörs 480 anställda" gives no claim). After a list of the extractor's misses
(x15: a place between a possessive and its site noun, a closure's time after a relative clause about its site, a
dash's quote told by the verb of saying after it, a union's noun beside a name and its count of those affected):
43 rows, all right, 42 of the 48 (the Limoges centre's June against September, Kavenholt's memo against the CEO's
denial, the Kvarnsund mill's December against March 2027 found). Still missed: brannvik, grensholm, pellacourt (as
above), CCOO's 2,800 (dated by the article's day, the company's 2,100 by its horizon), the 700 depot jobs denied,
and Pappers' 480 (its claim is now read, but the company's 430 takes the quarter of the report named a sentence
before).

The seventh round (halvmark, drevenhof, kraanwijk, brenmoor, vessberg: 19 articles of 275 to 330 words, a story told
over weeks and across borders: a rumour, the announcement, the company's own revision and a union's count; a Swedish
firm whose figures German, French and Spanish outlets convert into euros or round; a CEO's quote translated into four
languages beside a cause one outlet gives alone; a headline rounder than its body; a plant's closure dated by the
company, by the works council and by another outlet; a denial of Spain's cuts only and "we do not comment on
rumours"; a fiscal year beside a calendar year; 9 disagreements, three of them soft) read at first: 7 rows, 4 right,
3 false alarms (0 hard: a Spanish plant's 230 cuts as "casi una cuarta parte de su plantilla" against a Swedish
plant's 340 staff, read as the group's workforce (arithmetic); horizons of 2028 and 2029 that no article gives the
round (an analyst's savings "från 2028", automation "d'ici 2028"); an unnamed car supplier's 200 cuts of 2025 against
the company's 500 of 2025), 5 misses (the rumour's 800 against the announced 650 and the union's 900 against the
company's 720; the Lüdinghausen plant closing at the end of September 2027, in June 2027, and the works council's
March 2027; a report of 500 cuts denied the next day). Found: 1,950 against 2,400 of one round, the CEO's memo on AI
against his denial, 2.6 against 2.9 billion euros of 2025 revenue, and 180 against 210 million euros of a fiscal
year's net profit. Then a plant's staff far below the group's is no workforce in arithmetic either (the 340 against
the 230 in Spain gone): 49 rows, 47 right, 2 soft false alarms; and a span after an ordinal looks back ("bolagets
andra på tre år" dated the round 2029): 48 rows, 47 right, 1 soft false alarm; and a sentence's part opening with an
unnamed firm ("...: Ein Zulieferer der Autoindustrie hatte ... 200 Stellen ... abgebaut") is no claim of the
article's organisation: 47 rows, all right, 46 of the 57; and a place between commas after a site leaves it the date
after ("its plant in Lüdinghausen, Germany, at the end of September 2027"): 49 rows, all right, 47 of the 57
(brenmoor's works council's March found, though its article also gives it to the company's first sentence). Once a
third party's date no longer dates the company's undated word in one article: 49 rows, all right, 48 of the 57
(brenmoor's September against June too).

The eighth round (quillmere, saltrevik, orbelund, vintroza, maelgarth: 17 articles of 280 to 320 words, causes and
stances: a CEO's memo tying the cuts to AI and her interview two weeks later, "not really AI-driven", quoted in three
languages; people familiar with the plans tying the cuts to automation, which the company denies; "no further job cuts
this year" in February against 3,400 cuts in June; 600 cuts in Spain reported, then denied the next day; a release's
"partly due to AI" against its CFO's "Det här handlar inte om AI"; traps: demand and automation both given, a rival's
cause, a cause in a question, a union's cause beside the company's, "partly" beside an analyst's "principalement", a
refusal to comment, a denial for Germany only, a denial of an older round; 5 disagreements) read at first: 6 rows, 3
right, 3 false alarms (1 hard: "About half of the jobs will go in Germany, where Orbelund employs about 19,000
people" read as the group's workforce against 3,400 as about 7 percent, arithmetic; 2 soft: the Quillmere chief's
denial and the article's opening, both given to the rival Pellridge and to the works council's head, a row of
Pellridge's; "driven by automation rather than by weaker demand, according to three people familiar" read as
Saltrevik's own denial of demand, Saltrevik on both sides), 2 missed (the memo's AI against the CEO's interview,
Vintroza's "Er komen geen ontslagen" the day after 600 were reported). Found: Saltrevik's automation, Orbelund's
outlook against its June round, Maelgarth's release against its CFO. Then a figure in a relative clause opened right
after a place is that place's (the hard alarm gone), a hyphenated compound is the company noun its joined form is
("Versicherungssoftware-Anbieters Quillmere": the rival's row gone, the memo against the CEO's denial found), and a
count denied within a week after another outlet reported it is a round denied ("has denied a Spanish newspaper report
that it plans to cut 600 jobs in Spain": vintroza found): 57 rows, 56 right, 1 soft false alarm (saltrevik's demand,
the other face of the automation dispute), 54 of the 62. Still wrong or missed: "sagte Harlund" read as the works
council head's word, "Er komen geen ontslagen" read as no denial. Unnamed sources ("according to three people
familiar") are no longer the company's word: the false alarm's note says "different speakers", not "Saltrevik on both
sides".

The ninth round (sorvanta, tressholm, wynthorpe, ulvenrade, pemberlyn: 20 articles of 260 to 320 words, disagreements
in every shape: a count in words against digits ("rund 1.200 Stellen" against "nearly fifteen hundred jobs"), a percent
of the workforce against the count and workforce others state ("environ 1 200 postes, soit 12 % de ses effectifs"
against 14,000 staff), a closure dated by a quarter against a month ("under tredje kvartalet 2027" against "in December
2027"), a mill "to close" against the company's "will stay open", a cause in a headline against the company's
statement, a half-year's revenue told differently, a newswire's net profit corrected the next day, a union's count
beside the company's, an outlook of no cuts in 2027 against cuts in March 2027; traps: the same figure translated, a
headline's rounded figure, a half-year holding both dates, a subsidiary, another period; 9 disagreements, four of them
soft) read at first: 6 rows, 5 right, 1 soft false alarm (a rival's two plants closed, dated 2025 by "cut 15 percent of
its staff last year and has closed two of its three assembly plants" in November 2026 and 2026 by "sloot vorig jaar"
in March 2027: the Dutch article does say another year, a slip of the writer, but no row was expected), 5 missed
("will cut nearly fifteen hundred jobs" read as a workforce; "De vakbond CGT spreekt van 1.400 banen" gives no claim;
"Según sus cálculos" after a sentence of the union CCOO read as the company's 1,100 "en total"; the headline's "as AI
takes over claims calls" gives no cause; "Tressholm fermera également son usine de Nyköping" against "The Nyköping
mill will stay open": no kind sets a closure against a site kept open). Found: 8.5 against 12 percent and the 12
percent's implied workforce against 14,000, the Borlänge mill's third quarter against December (the half-year meets
both and is on neither side), 1.84 against 2.04 billion euros of first-half revenue (the wire's corrected 118 million
is no side), the outlook against the 1,100 cuts. Over all forty-six sets: 64 rows, 62 right, 2 soft false alarms, 59
of the 71 found. Then a word of remaining after a figure a cut verb acts on is another clause's ("will cut nearly
fifteen hundred jobs as demand remains weak": 1,200 against 1,500 found), a union's count of jobs spoken of in a
paragraph of its own is its claim ("De vakbond CGT spreekt van 1.400 banen"), and a third party's figure of open
scope beside the company's of one scope in its article is of that scope (pemberlyn's CGT 1,400 against the company's
1,100 "in Europa", and marquessa's CCOO 2,800 against 2,100 too): 67 rows, 65 right, 2 soft false alarms, 62 of the
71. Still missed: the headline's AI (a JSONL title is no text the extractor reads), CCOO's 1,100 ("Según sus
cálculos" after a sentence of the union is read as the company's, and "en total" makes it a total, no rival of a
round), the Nyköping mill closed against "will stay open".

The tenth round (averlund, caldrosa, dunvelt, elsmark, hestrella: 20 articles of 280 to 430 words, figures that differ
but do not disagree; traps: gross against net cuts, a group's figure against a country's or a site's, "about 14,000"
against 14,300, full-time equivalents against heads, with and without temporary staff, the company's own revision, two
rounds months apart, an operating profit converted into euros at two rates, a fiscal year against a calendar year and
against the fiscal year before, a range against a point inside it, a percent of the group against one of a country
and one of a division, the workforce before a sale against the one after it, a closure "in 2026" told later as "by
mid-2026", denials for one country only; 6 disagreements: two outlets' counts of one round twice, a closure dated
differently twice, a chief executive's cause against his finance chief's denial, a union's count) read at first: 8
rows, 2 right, 6 false alarms (2 hard: Elsmark's 21,000 staff "avant la cession de sa branche peintures ... en juin"
against the 16,500 after it; Hestrella's "plus de 12 % de ses effectifs français" against "casi el 7 % de la plantilla
del grupo"; 4 soft: Caldrosa's revenue of the fiscal year before ("Sur l'exercice précédent ... 7,1 milliards") against
the last one's 7.4 billion, both dated 2025; Elsmark's 1,300 as about 8 % against its 16,500 staff (arithmetic); "En
France ... le groupe ne prévoit pas de suppressions de postes" read as an outlook of no cuts, overturned by the round;
"Ook de Nederlandse vestiging in Geleen ontkomt niet aan de bezuinigingen" read as a denial of costs), 4 misses
(Caldrosa's 1,300 against "entre 800 y 1.000"; the Lengerich plant closing in mid-2027 or at the end of 2027; IG BCE's
1,800 against the company's 1,300; Hestrella's Lille site closing in June or in September 2026). Found: Averlund's
1,100 against 1,400 of one round, and Dunvelt's automation, given by its chief executive and denied by its finance
chief (though the row shows his "widersprach der Darstellung, der Abbau sei eine Folge der Automatisierung" as
affirming it). Then a workforce before an event takes no time from it ("21 000 salariés avant la cession ... en juin"),
a country's adjective after the staff a percent is of makes it that country's ("effectifs français": both hard alarms
gone), arithmetic sets no workforce of no time against the cuts and pairs no union's count with the company's percent
(IG BCE's 1,800 as "knapp acht Prozent" implied at least 17,950 staff), and a negation beside a verb of escaping denies
no cause ("ontkomt niet aan de bezuinigingen"): 62 rows, 59 right, 3 soft false alarms (saltrevik's as before;
caldrosa's revenue of the fiscal year before; elsmark's "En France ... ne prévoit pas de suppressions de postes", an
outlook of one country the round of its own article overturns: a rule that a round the outlook's own article reports
overturns nothing lost orbelund's row, its June article's outlook being dated by its day, and was taken back), 57 of
the 68. Once a year told by its last month ("the year to February 2025", "sur son exercice clos fin février 2026") is
the fiscal year of its first: 61 rows, 59 right, 2 soft false alarms, 57 of the 68. Once a place opening its sentence,
a relative clause right after it, is the segment of the clause that follows ("En France, où il emploie 380 salariés
..., le groupe ne prévoit pas de suppressions de postes": an outlook of France alone): 60 rows, 59 right, 1 soft false
alarm (saltrevik's), 57 of the 68. Still missed, each the extractor's: "cerrará su centro de Lille en septiembre de 2026" gives no closure (the
September dates the cuts), "mid-2027" no time, the company's "entre 800 y 1.000" no side against "1,300" (the range is
on another announcement), and IG BCE's 1,800 (the company's 1,300 in its article is dated by the closure's "Ende
2027"). Once a Spanish "centro" closed is a site and a time after "and" and a verb closing a site
dates the closure, not the cuts before it ("will cut 1,300 jobs and close its logistics centre in Zaragoza in 2026"):
72 rows, 70 right, 2 soft false alarms, 67 of the 77 over all fifty-one sets (hestrella's Lille and caldrosa's range
found). "Según sus cálculos" after the union's sentence is now the union's word, but its "en total" keeps the 1,100 a
total, no rival of the round; IG BCE's 1,800 stands apart from the company's 1,300, now dated by the plan's horizon
"bis Ende 2028"; "mid-2027" is still no time (a mid-year, June and July, fits no month, quarter or half).

The eleventh round (bexholm, corranda, dellvik, fenwarde, gorvesta: 20 articles of 300 to 370 words, stories that move
over time: a leak of about 1,500 cuts, then the announced 1,200, then "von 1.200 auf 1.050" after talks with the works
council, then 980 gone in the end; a chief executive's "No tenemos previsto ningún recorte de plantilla" in March and
1,400 cuts in June, CCOO's 1,800 then the deal's 1,100; a plant's closure announced for June, postponed to December,
then scrapped after a sale; weak demand given as the cause in March and denied by the same chief executive in
September ("It was never about weak demand"); 1,200 and 1,500 told by two outlets the same day, then 1,000 by both
after talks, and the union's 2,000 before and its content after; 7 disagreements, three of them soft) read at first: 3
rows, 2 right, 1 soft false alarm (a plant's 200 "varslade ... under 2024" in a union's words against the company's
350 cut in 2024, mostly at another site), 5 missed (the leak's 1,500 against 1,200; CCOO's 1,800 against 1,400; 310
against "quelque 350 emplois"; 1,200 against 1,500 of the same day, and the FNV's 2,000). Found: the outlook against
the June round, the chief executive's demand against his denial. Then cuts whose subject is one site are its share
("fabriken redan varslade 200 personer": the alarm gone), and a count an outlet's later article dates weeks before
itself is the past recalled, no update of its earlier word (gorvesta's 1,200 against 1,500 found: Transportkrant's
"In april sprak de bond nog van 2.000 bedreigde banen" in June, read as the company's, had replaced its 1,500): 75
rows, 73 right, 2 soft false alarms, 70 of the 84. Still missed: the leak's 1,500 ("Enligt uppgifter till
Affärsbladet planerar bolaget ..." given to the outlet; "Affärsbladet reported last week that ..." read as the
company's word beside its 1,200 in one article, so another round), CCOO's 1,800 (the day after the company's 1,400,
on an announcement of its own), 310 against 350 ("in het Belgische Bremdonk. Daarbij verdwijnen 310 banen": the place
read as the firm), the FNV's 2,000 ("said FNV negotiator Marloes Jansen" read as no third party's word). A closure
given up ("has scrapped plans to close its ... plant in Bremdonk") is no closure now (no row changed).

The twelfth round (nordavel, pyrelund, rasmorin, tolvaneer, zellmont: 18 articles of 290 to 380 words, causes and
outlooks as outlets tell them: a CEO's memo tying the cuts to AI against her interview's "not primarily about AI",
told again as "nicht in erster Linie" and "inte främst"; a union's automation against the CEO's "nothing to do with
automation" and its "bequemer Vorwand" for the company's weak demand; energy prices blamed for the 650 cuts of 2025 and
denied of the 1,100 of 2026; "no further job cuts this year" against a round in June and in September of that year,
and against one in February of the next (none); a forecast of growth and hiring beside cuts; a closure denied, then
announced; a headline's robots against its body's denial; traps: "only partly to blame", "ne sont pas sans lien avec",
"n'est pas sans lien avec", UGT's "no descarta", a rival's cause, an analyst's tariffs, sites' staff and parts; 7
disagreements, three of them soft) read at first: 8 rows, 3 right (nordavel's memo against the interview, pyrelund's
automation, though its affirming side is "has rejected a union's claim that the company is cutting 1,600 jobs because
of automation" read as affirming, tolvaneer's outlook against September's 1,500), 5 false alarms, all hard: the round's
900 told again "two weeks after" and "säger hon nu" as dates of the round, 17 against 19 March (temporal); the Colmar
site's 180 announced a week after the group's round as its date (temporal); "About 400 of the jobs will go at its
complex in Tarragona" as the group's count beside "about 8 percent" (arithmetic); energy prices of the 2025 round
against their denial for the 2026 round (stance); and rasmorin's outlook against June's round, right but shown by its
8 percent where the 1,100 was expected (outlook); 4 missed (rasmorin's outlook as shown, pyrelund's union calling
demand a pretext, zellmont's Alzira closure denied then announced, zellmont's headline against its body). Then the day
a part of the round was told (the Colmar site's 180) is no date of the round, and a negation right before a word of
without is a double negative that affirms: 79 rows, 73 right, 6 false alarms, 4 of them hard and all the round's (nordavel's 17 against 19
March; rasmorin's 400 "of the jobs ... at its complex in Tarragona" against the group's 8 percent; rasmorin's outlook,
right but shown by its 8 percent; rasmorin's energy prices of two rounds), 70 of the 84. Each is the extractor's:
"säger hon nu" and "decision to cut 900 jobs, two weeks after" date a known round; "complex" and "complejo" are no site
nouns; "Unlike last year's cuts, energy prices are not the reason this time" is dated 2025 and "the savings programme
was working" read as a cause. After the merge with the eleventh round: 82 rows, 77 right, 5 false alarms (the two soft ones before, and three hard
of this round: nordavel's 17 against 19 March, rasmorin's 650 "about 8 percent" against a workforce of 14,000,
rasmorin's costs tied and denied by one speaker), 74 of the 91. Then a word of the present dates no cut ("säger hon nu", "AI tools now handling": the article's day, no
stated date), a percent with no time of its own goes with the count of its sentence (the 1,100's "about 8 percent",
dated only by its horizon, had joined the 650 of 2025 by coming near its "près de 5 %", so set against the 14,000),
and a cause denied after a word of contrast and a time ("Unlike last year's cuts, energy prices are not the reason
this time", "a diferencia del ajuste del año pasado") grants the earlier round's cause and gives no claim: 79 rows,
77 right, 2 soft false alarms (saltrevik's, pemberlyn's Rosquell), 74 of the 91. Still misread, no row now: "About
400 of the jobs will go at its complex in Tarragona" as no part ("complex", "complejo" no site nouns), "decision to
cut 900 jobs, two weeks after" read with a notice period of 14 days. A plan said to work ("the savings programme was
working") is no cause since. With the story sides' rules merged (y6: the eleventh round's paragraph): 84 rows, 82
right, the same 2 soft false alarms, no hard one, 79 of the 91."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.contradictions import find_contradictions
from kg.pipeline import build

STORIES = Path(__file__).resolve().parent / "stories"
SETS = sorted(p.name.removesuffix(".jsonl") for p in STORIES.glob("*.jsonl"))
FLOOR = 79  # of the 91 disagreements the stories hold, found at least this many (the first six sets' 7 all found on
# first reading; of the second five's 5, 4: the one missed is a total whose parts another outlet lists, 320 + 250 + 230
# against 900, parts no article names as parts of that total; of the third five's 7, 1 on first reading, 3 now; of the
# fourth five's 9, 2 on first reading; kestrova's once a bare name joined its long one across outlets, pellacourt's once a site's closures were one;
# solvenka's and talvora's since; of the fifth five's 10, 5 on first reading, 8 now;
# grensholm's union once a dispute inside one article was a row, mirnavel's union once a place opening its sentence
# was its figure's segment, calvetta's denial once a round denied within a week was a stance row; norvika's, meridane's
# union and ruskwell's union since; tamberlin's union once a count of those affected was the union's claim; of the sixth five's 10, 2 on first
# reading, 4 now: marquessa's once a correction's quote gave no figure, brisolde's once a total told by parts was the round;
# of the seventh five's 9, 4 on first reading, 6 now: brenmoor's works council once a place between commas left a
# site its date, its September against June once a third party's date dated not the company's word; vessberg's denial
# once "planerar inga uppsägningar" denied cuts beside another firm's figure; of the eighth five's 5, 3 on first reading, 5 now:
# quillmere's once a hyphenated company noun named the firm, vintroza's once a count denied was a round denied;
# thornegate's denial once a plain denial stood beside its firm's rumoured cuts; of the ninth five's 9, 4 on first reading, 6 now: sorvanta's once a word of remaining
# after a cut figure was another clause's, pemberlyn's union once its count in a paragraph of its own was its claim
# and of the company's scope; marquessa's union since too; of the tenth five's 6, 2 on first reading, 4 now: hestrella's
# once a Spanish "centro" closed was a site and a closure's time after "y cerrará" dated no cuts, caldrosa's once so
# "cut 1,300 jobs and close its logistics centre ... in 2026" was told the day of the range; of the eleventh five's 7, 2 on
# first reading, 3 now: gorvesta's once an outlet's later article recalling weeks before replaced not its word;
# then 74 in all: corranda's union once a word of more clauses away from its figure made it no other round, dellvik's
# once a mayor's town was no firm and "in het Belgische Bremdonk" a site, elsmark's dates once "im westfälischen
# Lengerich" was a site (its expectation taking "2027-Q4" against "2027-06" too, the two readings its note names),
# vellmora's union once a quarter a report names dated no count after it, gorvesta's union once a negotiator was a
# title; of the twelfth five's 7, 3 on first reading, 3 now: nordavel's memo, pyrelund's automation, tolvaneer's
# outlook, 4 since: rasmorin's outlook)
SOFT_ALARMS = 2  # rows that are no disagreement, at most this many, and none hard (84 rows, 82 right: saltrevik's
# demand denied "rather than" automation by unnamed sources, the other face of the automation row; pemberlyn's rival's
# plants closed "last year" in one article and "vorig jaar" a year later in another)


@pytest.fixture(scope="module")
def found(tmp_path_factory) -> dict[str, list[dict]]:
    """The rows of all stories (one store: their companies differ), by story (the prefix of their articles' ids)."""
    from kg.store import EmbeddedStore

    store = EmbeddedStore(tmp_path_factory.mktemp("stories") / "store")
    assert build([STORIES / f"{name}.jsonl" for name in SETS], store).ok
    rows: dict[str, list[dict]] = {name: [] for name in SETS}
    for row in find_contradictions(store):
        rows[row["articles"][0].split("-")[0]].append(row)
    return rows


def _matches(row: dict, expected: dict) -> bool:
    shown = {str(c[field]) for c in row["claims"] for field in ("value", "when", "object") if c[field] is not None}
    return expected.get("org", row["org"]) == row["org"] and any(
        row["kind"] == alt["kind"] and set(alt["match"]) <= shown for alt in expected["any"])


def _score(found: dict[str, list[dict]]) -> tuple[int, int, list[dict]]:
    """Disagreements expected, those found, and the rows that match none."""
    expected = found_count = 0
    alarms = []
    for name in SETS:
        expect = json.loads((STORIES / f"{name}.expected.json").read_text())["expect"]
        expected += len(expect)
        found_count += sum(any(_matches(r, e) for r in found[name]) for e in expect)
        alarms += [r for r in found[name] if not any(_matches(r, e) for e in expect)]
        alarms += [r for r in found[name] if r["severity"] == "hard"
                   and any(_matches(r, e) for e in expect if e.get("severity") == "soft")]
    return expected, found_count, alarms


def test_every_set_has_its_expectations_and_each_article_its_set():
    assert len(SETS) == 61
    for name in SETS:
        ids = [json.loads(line)["id"] for line in (STORIES / f"{name}.jsonl").read_text().splitlines()]
        assert 3 <= len(ids) <= 5 and all(i.split("-")[0] == name for i in ids)
    langs = {json.loads(line)["language"] for p in STORIES.glob("*.jsonl") for line in p.read_text().splitlines()}
    assert langs == {"en", "nl", "sv", "de", "fr", "es"}


def test_no_hard_false_alarm_and_a_floor_on_what_is_found(found):
    expected, found_count, alarms = _score(found)
    assert expected == 91
    assert not [a["explanation"] for a in alarms if a["severity"] == "hard"]
    assert len(alarms) <= SOFT_ALARMS, [a["explanation"] for a in alarms]
    assert found_count >= FLOOR
