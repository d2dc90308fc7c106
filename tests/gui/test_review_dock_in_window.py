"""The review dock is part of the desk: shown to reviewers, one click away for others."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("who", "shown"), [("reviewer", True), ("editor", False)])
def test_the_dock_shows_for_reviewers(open_desk, desk_store, who: str, shown: bool) -> None:
    window = open_desk(getattr(desk_store, who))
    assert window.review_dock.isVisibleTo(window) is shown
    assert window.review_dock.toggleViewAction() in window._menus["view"].actions()
