from django.apps import AppConfig


class RolesConfig(AppConfig):
    name = "roles"
    verbose_name = "Role catalog"

    def ready(self) -> None:
        from roles import signals  # noqa: F401 - connects the revision receivers
