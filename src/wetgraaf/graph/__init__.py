"""The graph pass: the corpus of a legal situation as one networkx MultiDiGraph (build.py), the cross-references
read from the law text (references.py), questions to it (queries.py) and exports (export.py).

    import wetgraaf
    from wetgraaf.graph import queries
    g = wetgraaf.load().graph(None, ("wams",))
    queries.dependents(g, queries.find(g, "jeugdwet.jeugdige"))
"""

__all__ = [  # the modules; each one's public names are those without a leading underscore
    "build", "export", "queries", "references", "text"
]
