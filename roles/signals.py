"""Bump the catalog revision whenever something best fit depends on changes.

Saves and deletes (admin, import_catalog, loaddata) arrive here. Bulk writes
that bypass signals — QuerySet.update(), bulk_create() — must call
`CatalogRevision.bump()` themselves (the admin's publish actions do).
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from roles.models import CatalogRevision, Requirement, Role, Skill, Track


@receiver([post_save, post_delete], sender=Role)
@receiver([post_save, post_delete], sender=Requirement)
@receiver([post_save, post_delete], sender=Skill)
@receiver([post_save, post_delete], sender=Track)
def catalog_changed(sender, **kwargs) -> None:
    CatalogRevision.bump()
