"""translate --all's estimate of the time left, as a pure function of the clock it is given (trial O,
F4: it read the releases, said 0:58 at 30 s when 132 s were left, jumped as long releases came and
stood still through a server's hang). No test waits: the times are given."""

from __future__ import annotations

from reader.core.eta import Eta


def test_the_estimate_reads_sentences_not_releases():
    eta = Eta(total=1000, started=0.0)
    eta.record(10.0, 200, 200)  # 20 sentences a second
    assert eta.said(10.0) == "0:00:40"


def test_sentences_from_the_cache_do_not_speed_up_the_rate():
    eta = Eta(total=1000, started=0.0)
    eta.record(1.0, 300, 0)  # a burst the cache served
    eta.record(10.0, 100, 100)  # then ten sentences a second from the model
    left = eta.seconds_left(10.0)
    # 600 left, a quarter of what went by the model so far: 150 at about 10 a second, not 600 at 40
    assert left is not None and 10 < left < 25


def test_a_hang_raises_the_estimate_as_it_lasts():
    eta = Eta(total=1000, started=0.0)
    for second in range(1, 31):
        eta.record(float(second), 10, 10)
    before = eta.seconds_left(30.0)
    during = [eta.seconds_left(30.0 + wait) for wait in (10.0, 20.0, 30.0)]
    assert before is not None and all(d is not None for d in during)
    assert before < during[0] < during[1] < during[2]  # never frozen on the last figure


def test_one_long_release_moves_the_estimate_little():
    eta = Eta(total=2000, started=0.0)
    for second in range(1, 61):
        eta.record(float(second), 10, 10)
    steady = eta.seconds_left(60.0)
    eta.record(61.0, 120, 120)  # a long release's sentences reported at once
    after = eta.seconds_left(61.0)
    assert steady is not None and after is not None
    assert abs(after - steady) / steady < 0.5


def test_under_a_tenth_done_the_estimate_is_said_to_be_rough():
    eta = Eta(total=10000, started=0.0)
    eta.record(20.0, 400, 400)
    said = eta.said(20.0)
    assert said.startswith("about ") and said.endswith(":00")
    eta.record(60.0, 1000, 1000)
    assert not eta.said(60.0).startswith("about")


def test_no_estimate_before_a_model_translated_a_sentence():
    eta = Eta(total=100, started=0.0)
    assert eta.said(5.0) == "-:--:--"
    eta.record(6.0, 40, 0)
    assert eta.seconds_left(6.0) is None
    eta.record(8.0, 60, 60)
    assert eta.said(8.0) == "0:00:00"  # all done
