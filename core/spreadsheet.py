"""CSV cells that spreadsheet programs will not run (CSV injection)."""

# A cell starting with one of these is read as a formula by spreadsheet programs; a
# leading apostrophe makes it plain text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
