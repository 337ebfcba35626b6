from django.apps import AppConfig


class PathlyConfig(AppConfig):
    name = "pathly"
    verbose_name = "Pathly accounts"
