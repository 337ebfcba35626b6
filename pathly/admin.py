from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from pathly.models import User


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    fieldsets = (
        *DjangoUserAdmin.fieldsets,
        (
            "Profile",
            {
                "fields": (
                    "pending_email",
                    "display_name",
                    "current_role_title",
                    "years_experience",
                )
            },
        ),
    )
    list_display = ("username", "email", "display_name", "is_staff", "date_joined")


admin.site.site_header = "Pathly catalog admin"
admin.site.site_title = "Pathly admin"
admin.site.index_title = "Curate roles, skills and ladders"
