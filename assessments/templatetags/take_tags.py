"""The rating radios of the take page, built in Python.

An 80-skill role has 480 level options, each with its label and behavioural
anchor: rendered through the template engine they cost tens of milliseconds of
variable lookups; here they are one escaped string per option (see
docs/PERFORMANCE.md).
"""

from __future__ import annotations

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.simple_tag
def level_options(row) -> SafeString:
    """Radio inputs named skill-<slug>, value 0–5, labelled with level name and anchor."""
    slug = escape(row.slug)
    html = []
    for choice in row.choices:
        input_id = f"skill-{slug}-{choice.level}"
        checked = " checked" if row.rated == choice.level else ""
        html.append(
            f'<div class="level-option"><input class="level-input" type="radio" '
            f'name="skill-{slug}" value="{choice.level}" id="{input_id}"{checked}>'
            f'<label class="level-label" for="{input_id}">'
            f'<span class="level-head">{choice.level} · {escape(choice.label)}</span>'
            f'<span class="level-anchor">{escape(choice.anchor)}</span></label></div>'
        )
    return mark_safe("".join(html))  # noqa: S308 - every interpolated value is escaped above
