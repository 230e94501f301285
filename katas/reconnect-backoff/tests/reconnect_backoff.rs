use reconnect_backoff::*;

/// Always returns the same number.
struct Fixed(u64);
impl Rng for Fixed {
    fn next_u64(&mut self) -> u64 {
        self.0
    }
}

/// Returns the given numbers in order, then panics.
struct Script(Vec<u64>);
impl Rng for Script {
    fn next_u64(&mut self) -> u64 {
        assert!(!self.0.is_empty(), "the backoff drew more random numbers than scripted");
        self.0.remove(0)
    }
}

fn delays<R: Rng>(b: &mut Backoff<R>, count: usize) -> Vec<u64> {
    (0..count).map(|_| b.next_delay()).collect()
}

#[test]
fn uniform_follows_the_documented_formula() {
    assert_eq!(uniform(&mut Fixed(17), 10, 14), 10 + 17 % 5, "uniform(10, 14) with r = 17");
    assert_eq!(uniform(&mut Fixed(u64::MAX), 0, 0), 0, "a one-value range");
    assert_eq!(uniform(&mut Fixed(12345), 0, u64::MAX), 12345, "the full u64 range must not overflow");
    assert_eq!(uniform(&mut Fixed(u64::MAX), 1, u64::MAX), 1 + u64::MAX % u64::MAX, "range [1, MAX]");
}

#[test]
fn without_jitter_delays_double_up_to_the_cap() {
    let mut b = Backoff::new(100, 10_000, Jitter::None, Fixed(0));
    let want = vec![100, 200, 400, 800, 1600, 3200, 6400, 10_000, 10_000, 10_000];
    assert_eq!(delays(&mut b, 10), want, "base 100 ms, cap 10 s");
    assert_eq!(b.attempt(), 10, "attempt counter after 10 delays");
}

#[test]
fn reset_starts_over_after_a_success() {
    for jitter in [Jitter::None, Jitter::Full, Jitter::Decorrelated] {
        let mut b = Backoff::new(50, 5_000, jitter, SplitMix64::new(7));
        let first = delays(&mut b, 6);
        b.reset();
        assert_eq!(b.attempt(), 0, "{jitter:?}: attempt after reset");
        let mut fresh = Backoff::new(50, 5_000, jitter, SplitMix64::new(7));
        let _ = delays(&mut fresh, 6); // same random stream position
        fresh.reset();
        assert_eq!(delays(&mut b, 6), delays(&mut fresh, 6), "{jitter:?}: after reset (first run was {first:?})");
    }
    let mut b = Backoff::new(100, 10_000, Jitter::None, Fixed(0));
    delays(&mut b, 5);
    b.reset();
    assert_eq!(delays(&mut b, 3), vec![100, 200, 400], "no jitter: back to the base delay");
}

#[test]
fn huge_attempt_counts_do_not_overflow() {
    let mut b = Backoff::new(1, u64::MAX, Jitter::None, Fixed(0));
    let got = delays(&mut b, 10_000);
    for (k, d) in got.iter().enumerate().take(64) {
        assert_eq!(*d, 1u64 << k, "delay {k} with base 1 and no cap");
    }
    assert!(got[64..].iter().all(|&d| d == u64::MAX), "after 2^63 the delay must saturate at u64::MAX");
    let mut b = Backoff::new(3, 1_000_000, Jitter::Full, SplitMix64::new(1));
    assert!(delays(&mut b, 10_000).iter().all(|&d| d <= 1_000_000), "full jitter beyond the cap");
    let mut b = Backoff::new(u64::MAX / 2, u64::MAX, Jitter::Decorrelated, Fixed(u64::MAX - 1));
    assert!(delays(&mut b, 100).iter().all(|&d| d >= u64::MAX / 2), "decorrelated with huge values");
}

#[test]
fn full_jitter_draws_below_the_exponential_ceiling() {
    for seed in 0..200 {
        let mut b = Backoff::new(10, 3_000, Jitter::Full, SplitMix64::new(seed));
        let mut rng = SplitMix64::new(seed);
        for k in 0..15u32 {
            let ceiling = (10u64 << k).min(3_000);
            let want = rng.next_u64() % (ceiling + 1);
            let got = b.next_delay();
            assert!(got <= ceiling, "seed {seed}, attempt {k}: {got} above the ceiling {ceiling}");
            assert_eq!(got, want, "seed {seed}, attempt {k}: uniform(0, {ceiling})");
        }
    }
    assert_eq!(delays(&mut Backoff::new(10, 3_000, Jitter::Full, Fixed(0)), 5), vec![0; 5], "r = 0 gives 0");
}

#[test]
fn full_jitter_spreads_a_herd_of_clients() {
    // 1000 clients lose the connection at the same moment: their 6th delay
    // should be spread over [0, 3200], not all equal (the thundering herd).
    let sixth: Vec<u64> = (0..1000)
        .map(|seed| {
            let mut b = Backoff::new(100, 60_000, Jitter::Full, SplitMix64::new(seed));
            delays(&mut b, 6)[5]
        })
        .collect();
    let (min, max) = (*sixth.iter().min().unwrap(), *sixth.iter().max().unwrap());
    let mut distinct = sixth.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert!(min < 320 && max > 2880 && max <= 3200, "spread of the 6th delay: min {min}, max {max}");
    assert!(distinct.len() > 600, "only {} distinct delays among 1000 clients", distinct.len());
}

#[test]
fn decorrelated_jitter_follows_the_previous_delay() {
    // base 10, cap 1000; each draw is uniform(10, max(10, 3 * prev)) capped.
    let rng = Script(vec![5, 100, 104, 332, 1016, 0]);
    let mut b = Backoff::new(10, 1_000, Jitter::Decorrelated, rng);
    // prev 10 -> [10, 30]: 10 + 5 % 21 = 15
    // prev 15 -> [10, 45]: 10 + 100 % 36 = 38
    // prev 38 -> [10, 114]: 10 + 104 % 105 = 114
    // prev 114 -> [10, 342]: 10 + 332 % 333 = 342
    // prev 342 -> [10, 1026]: 1026, capped to 1000
    // prev 1000 -> [10, 3000]: 10 + 0 = 10
    assert_eq!(delays(&mut b, 6), vec![15, 38, 114, 342, 1000, 10], "decorrelated sequence");
}

#[test]
fn decorrelated_delays_stay_between_base_and_cap() {
    for seed in 0..200 {
        let mut b = Backoff::new(20, 5_000, Jitter::Decorrelated, SplitMix64::new(seed));
        for (k, d) in delays(&mut b, 40).into_iter().enumerate() {
            assert!((20..=5_000).contains(&d), "seed {seed}, attempt {k}: delay {d} outside [20, 5000]");
        }
    }
}

#[test]
fn a_zero_cap_or_a_base_above_the_cap() {
    for jitter in [Jitter::None, Jitter::Full, Jitter::Decorrelated] {
        let mut b = Backoff::new(100, 0, jitter, SplitMix64::new(3));
        assert_eq!(delays(&mut b, 5), vec![0; 5], "{jitter:?} with cap 0");
        let mut b = Backoff::new(500, 200, jitter, Fixed(u64::MAX));
        assert!(delays(&mut b, 5).iter().all(|&d| d <= 200), "{jitter:?} with base 500 > cap 200");
    }
    let mut b = Backoff::new(500, 200, Jitter::None, Fixed(0));
    assert_eq!(delays(&mut b, 3), vec![200; 3], "no jitter, base lowered to the cap");
}

#[test]
fn reconnect_sleeps_between_failures_and_resets_on_success() {
    let mut b = Backoff::new(100, 10_000, Jitter::None, Fixed(0));
    let mut slept = Vec::new();
    let mut tries = Vec::new();
    let got = reconnect(
        &mut b,
        10,
        |attempt| {
            tries.push(attempt);
            if attempt < 4 { Err(format!("refused #{attempt}")) } else { Ok("ws-connection") }
        },
        |ms| slept.push(ms),
    );
    assert_eq!(got, Ok("ws-connection"), "fourth attempt connects");
    assert_eq!(tries, vec![1, 2, 3, 4], "attempt numbers passed to connect");
    assert_eq!(slept, vec![100, 200, 400], "one sleep between each pair of attempts");
    assert_eq!(b.attempt(), 0, "the backoff is reset after a success");
}

#[test]
fn reconnect_gives_up_with_the_last_error() {
    let mut b = Backoff::new(100, 250, Jitter::None, Fixed(0));
    let mut slept = Vec::new();
    let got: Result<(), String> = reconnect(&mut b, 4, |a| Err(format!("refused #{a}")), |ms| slept.push(ms));
    assert_eq!(got, Err("refused #4".to_string()), "the last error is returned");
    assert_eq!(slept, vec![100, 200, 250], "no sleep after the final failure");
    assert_eq!(b.attempt(), 3, "no reset after giving up");

    let mut slept = Vec::new();
    let got: Result<(), &str> = reconnect(&mut b, 0, |_| Err("down"), |ms| slept.push(ms));
    assert_eq!((got, slept.len()), (Err("down"), 0), "max_attempts 0 counts as one attempt, no sleep");
}

#[test]
fn reconnect_on_the_first_try_does_not_sleep() {
    let mut b = Backoff::new(100, 10_000, Jitter::Full, SplitMix64::new(9));
    b.next_delay();
    b.next_delay();
    let mut slept = Vec::new();
    let got: Result<u8, ()> = reconnect(&mut b, 5, |_| Ok(1), |ms| slept.push(ms));
    assert_eq!(got, Ok(1), "immediate success");
    assert!(slept.is_empty(), "slept {slept:?} before a successful first attempt");
    assert_eq!(b.attempt(), 0, "success resets earlier failures");
}
