"""The self-test's Qt checks: SVG drawing and the platform plugin."""

import pytest

from kindling.desktop.selfcheck import qt_problems, svg_renders
from kindling.resources import resource_path


def test_the_app_icon_draws_on_this_platform(qapp):
    assert qt_problems(resource_path("icons", "kindling.svg"), qapp.platformName()) == []


@pytest.mark.qt_log_ignore("Cannot read file")
def test_a_broken_icon_and_another_platform_are_reported(qapp, tmp_path):
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg")
    assert not svg_renders(broken)
    problems = qt_problems(broken, "cocoa")
    assert len(problems) == 2
    assert "cocoa" in problems[1]
