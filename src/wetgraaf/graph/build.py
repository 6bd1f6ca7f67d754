"""Build the graph of a legal situation: a networkx MultiDiGraph of laws, articles, leden/onderdelen,
definitions (begrip, feit, oordeel, parameter), soorten and rules, with every edge at its source position.

Node ids (stable across builds, readable on the command line):
    wmo2015                                              the law
    wmo2015.artikel-1.1.2                                an article; its units below it, by heading:
    wmo2015.artikel-1.1.2/lid-4/onderdeel-d              ('subonderdeel-1' for 1°, 'slot' for a closing sentence)
    def:wmo2015.gezinslid                                a definition, fact, open norm or parameter
    soort:inkomensbron                                   an enumeration
    regel:wmo2015.gezinslid/leeftijdsgrens_kind          a rule or exception ('basis' for the '= ...' rule)
    ext:BWBR0001854/artikel-77c                          an article of a law outside the corpus
Nodes of kind 'buiten-corpus' are articles of a corpus law that the corpus does not hold (yet); nodes of kind
'ontbrekend' are the targets of dangling references (a lid or onderdeel that does not exist); 'vorige-versie'
nodes stand for 'het huidige artikel …' in an amendment: the text before the amendment.

Edges (attribute `kind`): contains (law→article→lid→onderdeel, unit→rule), defines (unit→definition: declared
here; rule→definition: gives it a value), uses (rule→definition, definition→definition, →soort), excepts
(exception→the rule or definition it makes an exception to), refers-to (unit→unit/law/external, parsed from the
law text). Every edge carries file, line and col; refers-to edges also the words cited (tekst) and a status:
intern, extern, buiten-corpus, ontbrekend or vorige-versie.

wetgraaf's own words in the graph (a unit's label 'Pw art. 1 lid 2', a rule's, why a reference dangles, what it
points to, a law's status under a draft) are catalogue messages (wetgraaf.taal.Bericht: Dutch text that keeps its key
and arguments, also through the cache's pickle), so whoever shows them renders them in the reader's language
(`tekst`); the law's own words (names, the words cited) are their arguments and stay as written. A node's
`citation` is the ir.Citation itself (shared with the program in the cache; `str()` is the Dutch, `.tekst(taal)`
the reader's), not a text.
"""

from __future__ import annotations

import re
from dataclasses import fields

import networkx as nx

from ..parser import ir
from ..parser.structure import Article, Corpus, NietUitvoerbaar, Unit
from ..resolve.model import Definition, Program, Rule
from ..taal import Bericht, bericht
from .references import LawNames, LawRef, Target, article_key, parse_references
from .text import LocatedText, SourceFiles

UNIT_KINDS = ("artikel", "lid", "onderdeel", "subonderdeel", "slot")
DEF_KINDS = ("begrip", "feit", "oordeel", "parameter")
RULE_KINDS = ("regel", "uitzondering")
_SUB_KINDS = ("onderdeel", "subonderdeel", "slot")
_MAY_REFER = re.compile(r"artikel|lid\b|leden\b|onderde|\]\(", re.I)


def article_id(wet: str, nummer: str) -> str:
    return f"{wet}.artikel-{nummer}"


def def_id(qname: str) -> str:
    return f"def:{qname}"


def segment(kind: str, ident: str) -> str:
    """The id part of a unit below an article: 'lid-4', 'onderdeel-d', 'subonderdeel-1', 'slot'."""
    if kind == "slot":
        return "slot"
    return f"{kind}-{slug(ident)}"


def slug(text: str) -> str:
    """'beschermd wonen' -> 'beschermd-wonen', '1°' -> '1'."""
    return re.sub(r"[^\w.]+", "-", text.replace("°", "")).strip("-")


class GraphMemo:
    """What the graphs of one corpus's situations share (the situations of one site build hold mostly the same
    article objects): per article its nodes and containment edges, which depend on the article and its law's
    abbreviation alone, and per unit its text as read from the file. Valid for one corpus object; the caller
    (api.Wetgraaf) drops it with the corpus."""

    def __init__(self) -> None:
        self.articles: dict[int, tuple[Article, list[tuple]]] = {}  # id(article) -> (article, its operations)
        self.texts: dict[int, tuple[Unit, LocatedText]] = {}  # id(unit) -> (unit, its located text)
        self.files = SourceFiles()


def build_graph(program: Program, corpus: Corpus, memo: GraphMemo | None = None) -> nx.MultiDiGraph:
    """The graph of the program's situation (articles in force, amendments applied). `memo`, given for every
    situation of one corpus, shares the work that does not depend on the situation; the graph is the same."""
    b = _Builder(program, corpus, memo)
    b.structure()
    b.definitions()
    b.references()
    return b.g


class _Builder:
    def __init__(self, program: Program, corpus: Corpus, memo: GraphMemo | None = None) -> None:
        sit = program.situation
        self.program = program
        self.corpus = corpus
        self.sit = sit
        self.memo = memo
        self.g = nx.MultiDiGraph(peildatum=str(sit.peildatum or ""), wijzigingen=",".join(sit.wijzigingen))
        self.unit_ids: dict[int, str] = {}
        self.decl_unit: dict[tuple[str, int, int], str] = {}
        self._edges: set[tuple] = set()
        self._bwb_by_name: dict[str, str] = {}
        self._ops: list[tuple] | None = None  # while an article's operations are recorded (_article)

    # -- helpers --------------------------------------------------------------------------------------------------
    def node(self, nid: str, kind: str, label: str | Bericht, pos: ir.Pos | None = None, **attrs) -> None:
        data = {"kind": kind, "label": label, **{k: v for k, v in attrs.items() if v is not None}}
        if pos is not None:
            data.update(file=pos.file, line=pos.line, col=pos.col)
        if self._ops is not None:
            self._ops.append(("n", nid, data))
        self.g.add_node(nid, **data)

    def edge(self, u: str, v: str, kind: str, pos: ir.Pos | None, **attrs) -> None:
        key = (u, v, kind, pos.file if pos else "", pos.line if pos else 0, pos.col if pos else 0)
        data = {"kind": kind, **{k: v for k, v in attrs.items() if v is not None}}
        if pos is not None:
            data.update(file=pos.file, line=pos.line, col=pos.col)
        if self._ops is not None:
            self._ops.append(("e", key, u, v, data))
        if key in self._edges:
            return
        self._edges.add(key)
        self.g.add_edge(u, v, **data)

    def _replay(self, ops: list[tuple]) -> None:
        """An article's recorded operations, in their order, on this graph (node and edge data are copied by
        networkx; what they hold is immutable)."""
        g, edges = self.g, self._edges
        for op in ops:
            if op[0] == "e":
                _e, key, u, v, data = op
                if key not in edges:
                    edges.add(key)
                    g.add_edge(u, v, **data)
            elif op[0] == "n":
                g.add_node(op[1], **op[2])
            elif op[0] == "u":
                self.unit_ids[op[1]] = op[2]
            else:
                self.decl_unit[op[1]] = op[2]

    def unique(self, nid: str) -> str:
        n, out = 2, nid
        while out in self.g:
            out = f"{nid}~{n}"
            n += 1
        return out

    def law_name(self, wet: str) -> str:
        law = self.corpus.laws.get(wet)
        return law.afkorting if law else wet

    # -- laws, articles, units ------------------------------------------------------------------------------------
    def _status(self, key: str, law) -> str | Bericht:
        """The law's status in this situation: a law with a draft or proposed amendment applied is not simply
        'in werking' (issue 13: the graph must never show a draft as law in force)."""
        drafts = []
        for name in self.sit.wijzigingen:
            w = self.corpus.wijzigingen.get(name)
            if w is None or key not in {w.meta.get("wet")} | {i.wet for i in w.instructions}:
                continue
            status = str(w.meta.get("status", "in werking"))
            if status != "in werking" or w.meta.get("herkomst") in ("ontwerp", "herleid"):
                drafts.append(f"{name} ({status})")
        if not drafts:
            return law.status
        joined: str | Bericht = drafts[0]
        for draft in drafts[1:]:
            joined = bericht("zin.graaf.en", a=joined, b=draft)
        return bericht("zin.graaf.status_ontwerp", status=law.status, wijzigingen=joined)

    def structure(self) -> None:
        for key, law in self.corpus.laws.items():
            self.node(key, "wet", self.sit.citeertitels.get(key, law.citeertitel), ir.Pos(law.file, 1, 1),
                      wet=key, bwb=law.bwb, status=self._status(key, law), afkorting=law.afkorting)
        for (wet, nummer), art in sorted(self.sit.articles.items(), key=lambda kv: (kv[0][0], article_key(kv[0][1]))):
            self._article(art, article_id(wet, nummer))
            self.edge(wet, article_id(wet, nummer), "contains", art.root.pos)

    def _article(self, art: Article, aid: str) -> None:
        """An article's units: built once per article object and memo, replayed in every other situation. What
        they read is the article, its law's abbreviation and the ids already taken below the article's own id
        (`unique`; nothing outside the article has one: ids below it start with it and a '/')."""
        found = self.memo.articles.get(id(art)) if self.memo is not None else None
        if found is not None and found[0] is art and aid not in self.g:
            self._replay(found[1])
            return
        if self.memo is None or aid in self.g:
            self._unit(art, art.root, aid, None)
            return
        self._ops = []
        try:
            self._unit(art, art.root, aid, None)
            self.memo.articles[id(art)] = (art, self._ops)
        finally:
            self._ops = None

    def _unit(self, art: Article, unit: Unit, nid: str, inherited: str | None) -> None:
        own = unit.niet_uitvoerbaar
        encoded = any(not isinstance(d, NietUitvoerbaar) for b in unit.blocks for d in b.decls)
        reden = own or inherited
        leaf = not unit.children
        status = None
        if encoded:
            status = "gecodeerd"
        elif reden:
            status = "niet uitvoerbaar"
        elif leaf and unit.text.strip():
            status = "open"
        cite = unit.citation
        label = bericht("zin.graaf.eenheid", wet=cite.wet_naam, plaats=cite.kort()) if unit.kind != "artikel" else \
            f"{self.law_name(art.wet)} art. {art.nummer}"
        self.node(nid, unit.kind, label, unit.pos, wet=art.wet, artikel=art.nummer, citation=cite,
                  url=art.bron or cite.url, herkomst=unit.herkomst or art.herkomst, blad=leaf, status=status,
                  reden=reden if status == "niet uitvoerbaar" else None,
                  gewijzigd=unit.herkomst is not None or bool(art.meta.get("wijziging")))
        self.unit_ids[id(unit)] = nid
        if self._ops is not None:
            self._ops.append(("u", id(unit), nid))
        for block in unit.blocks:
            for decl in block.decls:
                self.decl_unit[(decl.pos.file, decl.pos.line, decl.pos.col)] = nid
                if self._ops is not None:
                    self._ops.append(("d", (decl.pos.file, decl.pos.line, decl.pos.col), nid))
        for child in unit.children:
            cid = self.unique(f"{nid}/{segment(child.kind, child.ident)}")
            self.edge(nid, cid, "contains", child.pos)
            self._unit(art, child, cid, reden)

    # -- definitions and rules ------------------------------------------------------------------------------------
    def definitions(self) -> None:
        p = self.program
        for name, s in p.soorten.items():
            sid = f"soort:{name}"
            self.node(sid, "soort", name, s.pos, waarden=" | ".join(s.values))
            self._declared_in(sid, s.pos)
        for qname, d in p.definitions.items():
            sig = f"{d.name}({', '.join(f'{x.name}: {x.type}' for x in d.params)}): {d.type}"
            self.node(def_id(qname), d.kind, qname, d.pos, wet=d.wet, naam=d.name, type=str(d.type), signatuur=sig,
                      citation=d.citation, vraag=d.vraag, door=d.door, omschrijving=d.omschrijving)
            self._declared_in(def_id(qname), d.pos)
        for qname, d in p.definitions.items():
            first: dict[str, ir.Pos] = {}
            for r in d.rules:
                self._rule(d, r, None, first)
            for r in d.exceptions:
                self._rule(d, r, def_id(qname), first)
            for t in _types(d):
                first.setdefault(f"soort:{t}", d.pos)
            for used in d.uses:
                first.setdefault(def_id(used), d.pos)
            for target, pos in sorted(first.items(), key=lambda kv: (kv[1].file, kv[1].line, kv[1].col)):
                if target in self.g:
                    self.edge(def_id(qname), target, "uses", pos)

    def _declared_in(self, nid: str, pos: ir.Pos) -> None:
        unit = self.decl_unit.get((pos.file, pos.line, pos.col))
        if unit:
            self.g.nodes[nid]["unit"] = unit
            self.edge(unit, nid, "defines", pos)

    def _rule(self, d: Definition, r: Rule, excepts: str | None, first: dict[str, ir.Pos]) -> None:
        kind = "uitzondering" if r.excepts else "regel"
        rid = self.unique(f"regel:{d.qname}/{r.label or 'basis'}")
        label = bericht(f"zin.graaf.{kind}", label=r.label, naam=d.qname) if r.label else f"{d.qname} = …"
        self.node(rid, kind, label, r.pos, definitie=d.qname, naam=r.label or None, citation=r.citation,
                  wet=d.wet)
        unit = self.decl_unit.get((r.pos.file, r.pos.line, r.pos.col))
        if unit:
            self.g.nodes[rid]["unit"] = unit
            self.edge(unit, rid, "contains", r.pos)
        self.edge(rid, def_id(d.qname), "defines", r.pos)
        if excepts:
            self.edge(rid, excepts, "excepts", r.pos)
        for target, pos in _uses(r):
            if target in self.g:
                self.edge(rid, target, "uses", pos)
                first.setdefault(target, pos)
        for e in r.exceptions:
            self._rule(d, e, rid, first)

    # -- cross-references -----------------------------------------------------------------------------------------
    def references(self) -> None:
        names = LawNames()
        for key, law in self.corpus.laws.items():
            names.add(key, [law.titel, law.citeertitel, law.afkorting, self.sit.citeertitels.get(key, "")], law.bwb)
        files = self.memo.files if self.memo is not None else SourceFiles()
        found: list[tuple] = []
        for (_wet, _nummer), art in sorted(self.sit.articles.items()):
            self._read_refs(art, art.root, [art.root], names, files, found)
        # A law outside the corpus named in plain text gets the BWB number a link elsewhere gave the same name,
        # so 'artikel 13 van de Gemeentewet' and '[artikel 151d van de Gemeentewet](…BWBR0005416…)' meet.
        for *_, refs in found:
            for ref in refs:
                for t in ref.targets:
                    if t.law and t.law.bwb and t.law.naam:
                        self._bwb_by_name.setdefault(t.law.naam.lower(), t.law.bwb)
        for art, unit, chain, text, refs in found:
            src = self.unit_ids[id(unit)]
            for ref in refs:
                line, col = text.position(ref.start)
                pos = ir.Pos(text.file, line, col)
                for target in ref.targets:
                    for dst, status, reden in self._resolve(target, art, chain):
                        if status == "ontbrekend":
                            if target.optioneel:
                                continue  # 'onderdelen a tot en met g' while f has lapsed: the range still reads
                            if dst not in self.g:
                                self.node(dst, "ontbrekend", dst, None, reden=reden)
                        self.edge(src, dst, "refers-to", pos, tekst=ref.text, status=status, doel=target.describe(),
                                  reden=reden, anker=ref.anker, url=ref.url)

    def _read_refs(self, art: Article, unit: Unit, chain: list[Unit], names: LawNames,
                   files: SourceFiles, found: list[tuple]) -> None:
        if _MAY_REFER.search(unit.text):  # most units cite nothing: skip reading their text again
            known = self.memo.texts.get(id(unit)) if self.memo is not None else None
            if known is not None and known[0] is unit:
                text = known[1]
            else:
                text = files.unit_text(unit)
                if self.memo is not None:
                    self.memo.texts[id(unit)] = (unit, text)
            found.append((art, unit, chain, text, parse_references(text.text, names, art.wet)))
        for child in unit.children:
            self._read_refs(art, child, chain + [child], names, files, found)

    def _resolve(self, t: Target, art: Article, chain: list[Unit]) -> list[tuple[str, str, Bericht | None]]:
        if t.scope == "artikel":
            return [self._in_article(art, t.lid, t.path)]
        if t.scope == "lokaal":
            return [self._local(chain, t)]
        law = t.law or LawRef(key=art.wet)
        if law.key is None:
            return [self._external(law, t)]
        if t.artikel is None:
            return [(law.key, "intern", None)]
        if t.huidig:
            return [self._previous(law.key, t)]
        if t.artikel_tot:
            lo, hi = article_key(t.artikel), article_key(t.artikel_tot)
            inside = [n for (w, n) in self.sit.articles if w == law.key and lo < article_key(n) < hi]
            numbers = [t.artikel] + sorted(inside, key=article_key) + [t.artikel_tot]
            return [self._absolute(law.key, n, None, ()) for n in numbers]
        return [self._absolute(law.key, t.artikel, t.lid, t.path)]

    def _absolute(self, wet: str, nummer: str, lid: str | None, path: tuple[str, ...]):
        art = self.sit.articles.get((wet, nummer))
        if art is not None:
            return self._in_article(art, lid, path)
        aid = article_id(wet, nummer)
        if (wet, nummer) in self.sit.removed:
            return self._missing(aid, bericht("zin.graaf.vervallen", artikel=nummer, wet=self.law_name(wet)))
        if aid not in self.g:
            law = self.corpus.laws.get(wet)
            url = f"https://wetten.overheid.nl/{law.bwb}#Artikel{nummer}" if law and law.bwb else None
            self.node(aid, "buiten-corpus", f"{self.law_name(wet)} art. {nummer}", None, wet=wet, artikel=nummer,
                      url=url)
            self.edge(wet, aid, "contains", None)
        return aid, "buiten-corpus", None

    def _in_article(self, art: Article, lid: str | None, path: tuple[str, ...]):
        unit = art.root
        if lid:
            found = _child(unit, ("lid",), lid)
            if found is None:
                wet = self.law_name(art.wet)
                why = bericht("zin.graaf.geen_leden", artikel=art.nummer, wet=wet) \
                    if not any(c.kind == "lid" for c in unit.children) else \
                    bericht("zin.graaf.geen_lid", artikel=art.nummer, wet=wet,
                            rang=bericht(f"zin.bron.rang.{lid}") if lid in ir.ORDINALS else lid)
                return self._missing(f"{self.unit_ids[id(unit)]}/lid-{lid}", why)
            unit = found
        return self._descend(unit, path)

    def _descend(self, unit: Unit, path: tuple[str, ...]):
        for ident in path:
            found = _child(unit, _SUB_KINDS, ident)
            if found is None:
                kind = "subonderdeel" if ident.endswith("°") else "onderdeel"
                reden = bericht("zin.graaf.geen_onderdeel", eenheid=self.g.nodes[self.unit_ids[id(unit)]]["label"],
                                onderdeel=ident)
                named = [c.ident for c in unit.children if c.kind == "onderdeel" and len(c.ident) > 2]
                if named and not ident.endswith("°"):
                    reden = bericht("zin.graaf.naar_begrip", reden=reden,
                                    namen=f"{', '.join(named[:3])}{', …' if len(named) > 3 else ''}")
                return self._missing(f"{self.unit_ids[id(unit)]}/{segment(kind, ident)}", reden)
            unit = found
        return self.unit_ids[id(unit)], "intern", None

    def _local(self, chain: list[Unit], t: Target):
        for anc in reversed(chain):
            if t.begrip:
                term = _term_child(anc, t.begrip)
                if term is not None:
                    return self._descend(term, t.path)
            elif _child(anc, _SUB_KINDS, t.path[0]) is not None:
                return self._descend(anc, t.path)
        container = next((u for u in reversed(chain) if u.kind == "lid"), chain[0])
        if t.begrip:
            return self._missing(f"{self.unit_ids[id(container)]}/{segment('onderdeel', t.begrip)}",
                                 bericht("zin.graaf.geen_begrip", begrip=t.begrip))
        return self._descend(container, t.path)

    @staticmethod
    def _missing(nid: str, reden: Bericht):
        return nid, "ontbrekend", reden

    def _previous(self, wet: str, t: Target):
        """'het huidige artikel 5.4.1, vijfde lid' in an amendment: the text as it read before the amendment."""
        nid = "vorig:" + article_id(wet, t.artikel) + (f"/{segment('lid', t.lid)}" if t.lid else "") + \
            "".join(f"/{segment('subonderdeel' if p.endswith('°') else 'onderdeel', p)}" for p in t.path)
        if nid not in self.g:
            self.node(nid, "vorige-versie", bericht("zin.graaf.vorige_versie", wet=self.law_name(wet), doel=t.describe()),
                      None, wet=wet, artikel=t.artikel)
        return nid, "vorige-versie", None

    def _external(self, law: LawRef, t: Target):
        if not law.bwb and law.naam and law.naam.lower() in self._bwb_by_name:
            law = LawRef(bwb=self._bwb_by_name[law.naam.lower()], naam=law.naam)
        nid = f"ext:{law.extern_id}"
        art = t.artikel + (f"-{t.artikel_tot}" if t.artikel_tot else "") if t.artikel else None
        if art:
            nid += f"/artikel-{art}"
        if nid not in self.g:
            naam = law.naam or law.bwb or "?"
            label: str | Bericht = naam
            if t.artikel:
                label = bericht("zin.graaf.extern_tot", artikel=t.artikel, tot=t.artikel_tot, naam=naam) \
                    if t.artikel_tot else f"art. {t.artikel} {naam}"
            url = None
            if law.bwb and law.bwb.startswith("BWB"):
                url = f"https://wetten.overheid.nl/{law.bwb}" + (f"#Artikel{t.artikel.replace(':', '')}"
                                                                  if t.artikel else "")
            self.node(nid, "extern", label, None, bwb=law.bwb if law.bwb and law.bwb.startswith("BWB") else None,
                      url=url)
        return nid, "extern", None


def _child(unit: Unit, kinds: tuple[str, ...], ident: str) -> Unit | None:
    want = ident.lower().rstrip("°")
    for c in unit.children:
        if c.kind in kinds and c.ident.lower().rstrip("°") == want:
            return c
    return None


def _term_child(unit: Unit, words: str) -> Unit | None:
    """The onderdeel named by the longest run of `words` ('jeugdhulp, waarvan de' -> onderdeel jeugdhulp)."""
    wanted = words.lower().replace(",", " ").split()
    terms = {c.ident.lower(): c for c in unit.children if c.kind == "onderdeel"}
    for n in range(len(wanted), 0, -1):
        hit = terms.get(" ".join(wanted[:n]))
        if hit is not None:
            return hit
    return None


_FIELDS: dict[type, tuple[str, ...]] = {}


def _uses(rule: Rule) -> list[tuple[str, ir.Pos]]:
    """(node id, position) of every definition and soort a rule reads, in reading order."""
    out: list[tuple[str, ir.Pos]] = []

    def walk(e) -> None:
        if isinstance(e, ir.DefRef):
            out.append((def_id(e.qname), e.pos))
        elif isinstance(e, ir.Literal) and e.type.kind == "soort":
            out.append((f"soort:{e.type.name}", e.pos))
        names = _FIELDS.get(type(e))
        if names is None:
            names = _FIELDS[type(e)] = tuple(f.name for f in fields(e) if f.name != "pos")
        for name in names:
            v = getattr(e, name)
            if isinstance(v, ir.Expr):
                walk(v)
            elif isinstance(v, tuple):
                for item in v:
                    if isinstance(item, ir.Expr):
                        walk(item)

    if rule.cond is not None:
        walk(rule.cond)
    walk(rule.value)
    return out


def _types(d: Definition) -> list[str]:
    """The soorten in a definition's signature."""
    out = []
    for t in [d.type] + [p.type for p in d.params]:
        while t is not None and t.kind == "lijst":
            t = t.item
        if t is not None and t.kind == "soort":
            out.append(t.name)
    return out
