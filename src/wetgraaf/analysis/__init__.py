"""Analyses that run the engine over a program to judge the law or its tests, not to answer a question: law
defects found without a scenario (defects.py), mirror provisions compared (spiegel.py) and the mutation check of a
scenario set (mutation.py)."""

__all__ = ["defects", "mutation", "spiegel"]
