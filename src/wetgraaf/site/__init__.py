"""The site: an mkdocs plugin (plugin.py) that generates the pages of the corpus at build time (build.py)."""

__all__ = [  # the modules; each one's public names are those without a leading underscore
    "build", "coverage", "explain_md", "graphdata", "incremental", "mdlinks", "meldingen", "model",
    "pages_amendments", "pages_graph", "pages_law", "pages_scenarios", "pages_terms", "pages_vraag", "plugin", "render",
    "results_cache",
    "woorden"
]
