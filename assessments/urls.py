from django.urls import path

from assessments import views

app_name = "assessments"

urlpatterns = [
    path("", views.assessment_list, name="list"),
    path("compare/", views.compare, name="compare"),
    path("<uuid:public_id>/", views.assessment_take, name="take"),
    path("<uuid:public_id>/ratings/<slug:skill_slug>/", views.rating_save, name="rating_save"),
    path("<uuid:public_id>/submit/", views.assessment_submit, name="submit"),
    path("<uuid:public_id>/retake/", views.assessment_retake, name="retake"),
    path("<uuid:public_id>/report/", views.assessment_report, name="report"),
    path("<uuid:public_id>/report.json", views.report_json, name="report_json"),
    path("<uuid:public_id>/report.csv", views.report_csv, name="report_csv"),
    path("<uuid:public_id>/share/", views.assessment_share, name="share"),
    path("<uuid:public_id>/reviews/", views.assessment_reviews, name="reviews"),
]
