import pytest

from danvan_desktop.vietnamese.counting import (
    count_syllables,
    count_text,
    reading_minutes,
    reading_seconds,
)


def test_count_syllables():
    assert count_syllables("Đổi mới phương thức lãnh đạo") == 6
    assert count_syllables("Kế hoạch số 201 - KH/TU ngày 25/6/2019") == 5
    assert count_syllables("Đ/c Trương Thị Mai") == 4
    assert count_syllables("quần chúng\u00a0 đối với") == 4
    assert count_syllables("") == 0
    assert count_syllables("2015 - 2018 … 7,09%") == 0


def test_reading_time():
    assert reading_seconds(220) == 60
    assert reading_seconds(110, rate=220) == 30
    assert reading_minutes("một " * 221) == 2
    assert reading_minutes("") == 0
    with pytest.raises(ValueError):
        reading_seconds(10, rate=0)


def test_sample_counts(sample_text):
    body = sample_text.split("Tin cùng chuyên mục")[0]
    # The research notes count 2,466 letter syllables in the body without the
    # banner; our rule counts the banner line and the title too.
    assert 2440 <= count_syllables(body) <= 2480
    counts = count_text(body)
    assert counts.reading_minutes == 12
    assert counts.paragraphs > 10
    assert counts.characters == len(body)
    assert counts.characters_without_spaces < counts.characters
