"""The shared set-up of conftest.py holds: query counts that grow fail, module rows stay put."""

from __future__ import annotations

import pytest

from roles.models import Track
from tests.factories import TrackFactory

pytestmark = pytest.mark.django_db


def role_count_per_track() -> list[int]:
    """One query for the tracks, then one more per track: grows with the rows."""
    return [track.roles.count() for track in Track.objects.all()]


def test_a_query_count_that_grows_with_the_rows_fails(assert_flat_queries):
    TrackFactory()

    with pytest.raises(pytest.fail.Exception, match="grew from 2 to 4"):
        assert_flat_queries(
            role_count_per_track, at_most=5, grow=lambda: TrackFactory.create_batch(2)
        )


def test_more_queries_than_allowed_fail_and_are_listed(assert_flat_queries):
    TrackFactory.create_batch(3)

    with pytest.raises(pytest.fail.Exception, match="at most 2 queries, 4 were done") as failure:
        assert_flat_queries(role_count_per_track, at_most=2)

    assert 'FROM "roles_track"' in str(failure.value)


def test_a_flat_count_passes_and_returns_the_last_run(assert_flat_queries):
    TrackFactory()

    tracks = assert_flat_queries(lambda: list(Track.objects.all()), at_most=1, grow=TrackFactory)

    assert len(tracks) == 2


@pytest.fixture(scope="module")
def module_track(module_rows) -> Track:
    with module_rows():
        return TrackFactory(name="Built Once", slug="built-once")


def test_a_test_may_change_the_rows_built_for_the_module(module_track):
    Track.objects.filter(pk=module_track.pk).update(name="Changed")
    TrackFactory(slug="written-by-a-test")

    assert Track.objects.get(pk=module_track.pk).name == "Changed"


def test_the_next_test_sees_the_module_rows_as_built_and_nothing_else(module_track):
    assert Track.objects.get(pk=module_track.pk).name == "Built Once"
    assert not Track.objects.filter(slug="written-by-a-test").exists()
