from django.apps import AppConfig


class PathlyConfig(AppConfig):
    name = "pathly"
    verbose_name = "Pathly accounts"

    def ready(self) -> None:
        from pathly import checks  # noqa: F401 (registers the deployment checks)
