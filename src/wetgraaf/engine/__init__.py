"""The evaluate pass: a Program compiled into closures (compile.py) and asked questions (evaluate.py), explanations
(explain.py), and the batch engine over a population (batch.py)."""

__all__ = [  # the modules; each one's public names are those without a leading underscore
    "batch", "batch_calls", "batch_exact", "batch_logic", "closures", "columns", "compile", "context", "default_logic",
    "evaluate",
    "explain", "forms", "lazy_numpy", "operations", "outcomes", "termijnen"
]
