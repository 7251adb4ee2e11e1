"""The validation rules: one rule per module, grouped by family (front, headings, enumerations,
punctuation, dates), found by :mod:`speechparse.rules.registry`; run by :mod:`speechparse.rules.engine`."""
