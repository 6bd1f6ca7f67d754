"""The resolve pass: the legal situation of a peildatum and amendments (situation.py) built into a checked Program
(program.py, the builder; model.py, the data model): names resolved, types checked, exception trees attached."""

__all__ = [  # the modules; each one's public names are those without a leading underscore
    "gegevens", "kept", "labels", "model", "program", "situation", "types", "waarden", "woorden"
]
