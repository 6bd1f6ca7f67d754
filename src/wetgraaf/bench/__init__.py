"""The benchmark of `wetgraaf meet` (run.py), its generated cases (cases.py) and article 8 of the Wbmgp as an
OpenFisca model to compare with (openfisca_wbmgp.py; needs the `bench` extra)."""

__all__ = [  # the modules; each one's public names are those without a leading underscore
    "cases", "openfisca_wbmgp", "peers", "run", "site"
]
