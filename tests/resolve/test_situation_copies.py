"""Amendments change copies: after every amendment of the corpus is applied (select), the parsed base corpus reads
as before, the amended articles are new units and declarations, and the frozen parts an amendment cannot change
(expressions, positions, citations) are shared with the base instead of copied (resolve/situation.py _copy)."""

from __future__ import annotations

import pickle

import wetgraaf
from wetgraaf.parser import structure
from wetgraaf.resolve.situation import select


def _units(unit: structure.Unit):
    yield unit
    for child in unit.children:
        yield from _units(child)


def test_amendments_change_copies_and_share_the_frozen_parts() -> None:
    wg = wetgraaf.load()
    corpus = wg.corpus
    before = pickle.dumps(corpus.laws)
    base = select(corpus, None, ())
    changed = shared = 0
    for naam in corpus.wijzigingen:
        sit = select(corpus, None, (naam,))
        for key, art in sit.copied.items():
            old = base.articles.get(key)
            if old is None or old is art:
                continue
            changed += 1
            for new_unit in _units(art.root):
                assert all(new_unit is not u for u in _units(old.root))
            for new_block, old_block in zip(art.root.blocks, old.root.blocks):
                assert new_block is not old_block
                for new_decl, old_decl in zip(new_block.decls, old_block.decls):
                    assert new_decl is not old_decl
                    shared += new_decl.pos is old_decl.pos
    assert changed and shared
    assert pickle.dumps(corpus.laws) == before  # the parsed corpus is as it was
