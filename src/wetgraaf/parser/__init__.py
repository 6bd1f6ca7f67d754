"""The parse pass: law files, amendment folders and the corpus folder read into the intermediate representation
(ir.py), with the rule grammar, the parse cache and the printer."""

__all__ = [  # the modules; each one's public names are those without a leading underscore
    "cache", "corpus", "files", "hoeveelheid", "ir", "markdown", "opdracht", "opdracht_ir", "parsestore", "printer", "rules",
    "structure", "uitbreidingen", "wijziging"
]
