"""The amendment report: renvooi, wetsvoorstel, rule diff, outcome diff, graph diff and population impact of a
wijziging (report.py assembles them)."""

__all__ = [  # the modules; each one's public names are those without a leading underscore
    "graphdiff", "impact", "outcomes", "partitions", "population", "population_check", "renvooi", "report", "rulediff", "vergelijking",
    "wetsvoorstel"
]
