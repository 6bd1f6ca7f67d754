"""The foundation every pass stands on and that imports nothing of wetgraaf: source positions (positions.py),
located errors (errors.py) and runtime values with the calendar arithmetic (values.py: money, durations, dates with
the month-end rule, age, the three-valued unknown)."""

__all__ = ["errors", "positions", "values"]
