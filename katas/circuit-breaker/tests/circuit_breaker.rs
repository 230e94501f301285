use circuit_breaker::*;
use std::cell::Cell;

fn breaker(threshold: u32, window_ms: u64, cool_down_ms: u64) -> (CircuitBreaker<ManualClock>, ManualClock) {
    let clock = ManualClock::new(1_000);
    let config = Config { failure_threshold: threshold, window_ms, cool_down_ms };
    (CircuitBreaker::new(config, clock.clone()), clock)
}

fn fail(b: &mut CircuitBreaker<ManualClock>) {
    let permit = b.try_acquire().expect("expected a permit");
    b.on_failure(permit);
}

#[test]
fn starts_closed_and_successes_never_open_it() {
    let (mut b, clock) = breaker(3, 1_000, 5_000);
    assert_eq!(b.state(), State::Closed, "a new breaker");
    for _ in 0..100 {
        let p = b.try_acquire();
        assert!(p.is_ok(), "a closed breaker must hand out permits");
        b.on_success(p.unwrap());
        clock.advance(1);
    }
    assert_eq!(b.state(), State::Closed, "after 100 successes");
}

#[test]
fn threshold_failures_in_the_window_open_it() {
    let (mut b, clock) = breaker(3, 1_000, 5_000);
    fail(&mut b);
    clock.advance(10);
    fail(&mut b);
    assert_eq!(b.state(), State::Closed, "2 failures, threshold 3");
    clock.advance(10);
    fail(&mut b);
    assert_eq!(b.state(), State::Open, "3 failures within 20 ms, threshold 3");
    assert_eq!(b.try_acquire(), Err(Rejected), "an open breaker rejects");

    let calls = Cell::new(0);
    let got: Result<u32, CallError<&str>> = b.call(|| {
        calls.set(calls.get() + 1);
        Ok(1)
    });
    assert_eq!(got, Err(CallError::Open), "call() on an open breaker");
    assert_eq!(calls.get(), 0, "the protected function must not run while open");
}

#[test]
fn old_failures_slide_out_of_the_window() {
    let (mut b, clock) = breaker(3, 1_000, 5_000);
    // Failures at t = 1000, 1600, 2200: the first is 1200 ms old by the third.
    fail(&mut b);
    clock.advance(600);
    fail(&mut b);
    clock.advance(600);
    fail(&mut b);
    assert_eq!(b.state(), State::Closed, "failures at 1000, 1600, 2200 with a 1000 ms window");
    clock.advance(300);
    fail(&mut b);
    assert_eq!(b.state(), State::Open, "failures at 1600, 2200, 2500 are within 1000 ms");
}

#[test]
fn the_window_edge_is_inclusive() {
    let (mut b, clock) = breaker(2, 1_000, 5_000);
    fail(&mut b);
    clock.advance(1_001);
    fail(&mut b);
    assert_eq!(b.state(), State::Closed, "failures 1001 ms apart, window 1000");
    clock.advance(1_000);
    fail(&mut b);
    assert_eq!(b.state(), State::Open, "failures exactly 1000 ms apart, window 1000");
}

#[test]
fn thresholds_zero_and_one_open_on_the_first_failure() {
    for threshold in [0, 1] {
        let (mut b, _clock) = breaker(threshold, 1_000, 5_000);
        fail(&mut b);
        assert_eq!(b.state(), State::Open, "threshold {threshold}, one failure");
    }
}

#[test]
fn after_the_cool_down_exactly_one_trial_goes_through() {
    let (mut b, clock) = breaker(1, 1_000, 5_000);
    fail(&mut b); // opens at t = 1000
    clock.advance(4_999);
    assert_eq!(b.state(), State::Open, "1 ms before the cool-down ends");
    assert_eq!(b.try_acquire(), Err(Rejected));
    clock.advance(1);
    assert_eq!(b.state(), State::HalfOpen, "the cool-down of 5000 ms has passed");
    let trial = b.try_acquire();
    assert!(trial.is_ok(), "the first request after the cool-down is the trial");
    assert_eq!(b.try_acquire(), Err(Rejected), "only one trial at a time");
    assert_eq!(b.state(), State::HalfOpen);
    b.on_success(trial.unwrap());
    assert_eq!(b.state(), State::Closed, "a successful trial closes the breaker");
    assert!(b.try_acquire().is_ok());
}

#[test]
fn a_failed_trial_reopens_for_a_full_cool_down() {
    let (mut b, clock) = breaker(1, 1_000, 5_000);
    fail(&mut b);
    clock.advance(7_000);
    let trial = b.try_acquire().expect("trial permit");
    clock.advance(250);
    b.on_failure(trial); // re-opens at t = 8250
    assert_eq!(b.state(), State::Open, "a failed trial");
    clock.advance(4_999);
    assert_eq!(b.try_acquire(), Err(Rejected), "still cooling down from the failed trial");
    clock.advance(1);
    assert!(b.try_acquire().is_ok(), "a new trial after another full cool-down");
}

#[test]
fn closing_gives_a_clean_slate() {
    let (mut b, clock) = breaker(2, 10_000, 100);
    fail(&mut b);
    clock.advance(1);
    fail(&mut b); // open
    clock.advance(100);
    let trial = b.try_acquire().unwrap();
    b.on_success(trial);
    fail(&mut b);
    assert_eq!(b.state(), State::Closed, "failures from before the breaker opened must not count after it closes");
    fail(&mut b);
    assert_eq!(b.state(), State::Open, "two new failures do");
}

#[test]
fn late_outcomes_of_old_permits_are_ignored() {
    let (mut b, clock) = breaker(1, 1_000, 5_000);
    let slow_a = b.try_acquire().unwrap();
    let slow_b = b.try_acquire().unwrap();
    fail(&mut b); // opens
    b.on_success(slow_a); // a call from before the opening completes late
    assert_eq!(b.state(), State::Open, "a stale success must not close an open breaker");
    clock.advance(5_000);
    let trial = b.try_acquire().unwrap();
    b.on_failure(slow_b); // another stale outcome during the trial
    assert_eq!(b.state(), State::HalfOpen, "a stale failure must not decide the trial");
    assert_eq!(b.try_acquire(), Err(Rejected), "and must not free the trial slot");
    b.on_success(trial);
    assert_eq!(b.state(), State::Closed);
}

#[test]
fn call_reports_values_and_errors() {
    let (mut b, _clock) = breaker(2, 1_000, 5_000);
    assert_eq!(b.call(|| Ok::<_, String>(42)), Ok(42));
    assert_eq!(b.call(|| Err::<u8, _>("timeout")), Err(CallError::Failed("timeout")));
    assert_eq!(b.state(), State::Closed, "one failure, threshold 2");
    assert_eq!(b.call(|| Err::<u8, _>("timeout")), Err(CallError::Failed("timeout")));
    assert_eq!(b.state(), State::Open, "two failures, threshold 2");
    assert_eq!(b.call(|| Ok::<u8, &str>(1)), Err(CallError::Open));
}

#[test]
fn a_long_failure_storm_under_a_high_threshold_stays_cheap() {
    // Threshold never reached: 12 000 failures, 1 ms apart, 4 000 of them in the window at any time.
    let n = 12_000u64;
    let (mut b, clock) = breaker(u32::MAX, 4_000, 1_000);
    for _ in 0..n {
        fail(&mut b);
        clock.advance(1);
    }
    assert_eq!(b.state(), State::Closed, "input: {n} failures 1 ms apart, threshold u32::MAX");
}
