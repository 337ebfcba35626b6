"""Readable source of the seed catalog (see FORMAT.md and PLAN.md).

`build_catalog()` assembles the modules into one `pathly.catalog/1` document,
the same format `export_catalog` writes and `import_catalog` reads.
"""

from __future__ import annotations

from typing import Any

from roles.catalog_io import SCHEMA
from roles.seed_data import (
    anchors_a,
    anchors_b,
    anchors_c,
    resources,
    roles_ai_ml,
    roles_platform,
    roles_sre,
    skills,
)


def build_catalog() -> dict[str, Any]:
    anchors = {**anchors_a.ANCHORS, **anchors_b.ANCHORS, **anchors_c.ANCHORS}
    role_modules = (roles_platform, roles_sre, roles_ai_ml)
    return {
        "schema": SCHEMA,
        "tracks": [t for m in role_modules for t in m.TRACKS],
        "skills": [
            {
                **skill,
                "levels": {str(k): v for k, v in anchors.get(skill["slug"], {}).items()},
                "resources": resources.RESOURCES.get(skill["slug"], []),
            }
            for skill in skills.SKILLS
        ],
        "roles": [r for m in role_modules for r in m.ROLES],
        "transitions": [t for m in role_modules for t in m.TRANSITIONS],
    }
