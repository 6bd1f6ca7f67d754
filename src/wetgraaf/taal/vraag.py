"""Catalogue: a question asked as a scenario (vraagscenario.py, `wetgraaf gegevens`)."""

BERICHTEN: dict = {}
