"""One language per surface for an amendment's graph diff (issue 17): the articles and parts an amendment removes or
adds are named in the reader's language ('wbmgp artikel 8, lid 1, onderdeel c' / 'wbmgp article 8, paragraph 1,
point c'), the Dutch as before."""

from __future__ import annotations

from wetgraaf.amend.graphdiff import structure_changes
from wetgraaf.taal import in_taal, tekst


def test_structure_changes_in_dutch_and_english() -> None:
    g = {"knopen_verwijderd": ["wbmgp.artikel-2", "wbmgp.artikel-8/lid-1/onderdeel-c", "wbmgp.artikel-8/lid-3/slot",
                               "def:wbmgp.x"],
         "knopen_toegevoegd": ["wbmgp.artikel-9/onderdeel-b/subonderdeel-1"]}
    parts = structure_changes(g)
    assert parts == {"artikelen_vervallen": ["wbmgp artikel 2"],
                     "delen_vervallen": ["wbmgp artikel 8, lid 1, onderdeel c", "wbmgp artikel 8, lid 3, slot"],
                     "artikelen_nieuw": [], "delen_nieuw": ["wbmgp artikel 9, onderdeel b, subonderdeel 1"]}
    with in_taal("en"):
        english = {k: [tekst(x) for x in v] for k, v in parts.items()}
    assert english == {"artikelen_vervallen": ["wbmgp article 2"],
                       "delen_vervallen": ["wbmgp article 8, paragraph 1, point c",
                                           "wbmgp article 8, paragraph 3, closing sentence"],
                       "artikelen_nieuw": [], "delen_nieuw": ["wbmgp article 9, point b, subpoint 1"]}
