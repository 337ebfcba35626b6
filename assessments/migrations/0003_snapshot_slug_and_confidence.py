"""The snapshot keeps each skill's slug; every rating gets a confidence.

Existing items take their skill's current slug (the slug they were started
with, unless the skill was renamed since: then the current one is the best
record there is) and the confidence "sure".
"""

from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def copy_skill_slugs(apps, schema_editor):
    AssessmentItem = apps.get_model("assessments", "AssessmentItem")
    Skill = apps.get_model("roles", "Skill")
    AssessmentItem.objects.update(
        skill_slug=Subquery(Skill.objects.filter(pk=OuterRef("skill_id")).values("slug")[:1])
    )


class Migration(migrations.Migration):
    dependencies = [
        ("assessments", "0002_no_default_ordering"),
        ("roles", "0004_requirement_weight"),
    ]

    operations = [
        migrations.AddField(
            model_name="assessmentitem",
            name="skill_slug",
            field=models.SlugField(default="", max_length=100),
            preserve_default=False,
        ),
        migrations.RunPython(copy_skill_slugs, migrations.RunPython.noop, elidable=True),
        migrations.AddField(
            model_name="assessmentitem",
            name="confidence",
            field=models.CharField(
                choices=[("sure", "Sure"), ("unsure", "Not sure")], default="sure", max_length=6
            ),
        ),
        migrations.AddConstraint(
            model_name="assessmentitem",
            constraint=models.UniqueConstraint(
                fields=("assessment", "skill_slug"), name="assessment_item_unique_slug"
            ),
        ),
        migrations.AddConstraint(
            model_name="assessmentitem",
            constraint=models.CheckConstraint(
                condition=models.Q(("confidence__in", ["sure", "unsure"])),
                name="assessment_item_confidence_valid",
            ),
        ),
    ]
