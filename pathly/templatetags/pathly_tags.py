"""Formatting filters: numbers are computed elsewhere, shown here."""

from __future__ import annotations

from django import template

from roles import scale

register = template.Library()

CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}


@register.filter
def level_name(level: int | None) -> str:
    """1 → 'Awareness'; None → 'Not rated'."""
    if level is None or level == "":
        return "Not rated"
    return scale.LEVEL_LABELS.get(int(level), str(level))


@register.filter
def money(amount: int | None, currency: str = "USD") -> str:
    """137000 → '$137,000'; unknown currencies get their code as a suffix."""
    if amount is None:
        return "—"
    symbol = CURRENCY_SYMBOLS.get(currency or "USD")
    number = f"{amount:,}"
    return f"{symbol}{number}" if symbol else f"{number} {currency}"


@register.filter
def pips(level: int | None) -> range:
    """A range to draw level pips: 1..5."""
    return range(1, scale.MAX_LEVEL + 1)


@register.filter
def get(mapping, key):
    """mapping[key], or None: for dicts keyed by skill slug."""
    if mapping is None:
        return None
    return mapping.get(key)


@register.filter
def signed(value) -> str:
    """+7.5 / −2.0 / ±0.0 for readiness changes."""
    if value > 0:
        return f"+{value}"
    if value < 0:
        return f"−{abs(value)}"
    return "±0.0"


@register.filter
def abs_value(value):
    return abs(value)


@register.filter
def duration_words(delta) -> str:
    """timedelta(minutes=15) → '15 minutes'."""
    minutes = int(delta.total_seconds() // 60)
    if minutes < 60:
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    hours = minutes // 60
    return f"{hours} hour{'s' if hours != 1 else ''}"
