use rate_limiter::*;

/// Runs `limiter` over `times` and returns which requests were accepted.
fn bucket_run(b: &mut TokenBucket, times: &[u64]) -> Vec<bool> {
    times.iter().map(|&t| b.try_acquire(t)).collect()
}

fn log_run(l: &mut SlidingWindowLog, times: &[u64]) -> Vec<bool> {
    times.iter().map(|&t| l.try_acquire(t)).collect()
}

#[test]
fn a_new_bucket_is_full_and_allows_a_burst() {
    let mut b = TokenBucket::new(3, 1);
    assert_eq!(b.available(0), 3, "a new bucket holds its capacity");
    let times = [0, 0, 0, 0, 1];
    assert_eq!(bucket_run(&mut b, &times), vec![true, true, true, false, false], "burst at times {times:?}");
}

#[test]
fn tokens_come_back_at_the_refill_rate() {
    let mut b = TokenBucket::new(2, 2); // one token every 500 ms
    assert_eq!(bucket_run(&mut b, &[0, 0]), vec![true, true], "empty the bucket");
    let times = [499, 500, 500, 999, 1000];
    assert_eq!(bucket_run(&mut b, &times), vec![false, true, false, false, true], "refills at {times:?}");
}

#[test]
fn fractions_of_a_token_add_up_exactly() {
    // 3 tokens per second: a token every 333.33 ms.
    let mut b = TokenBucket::new(5, 3);
    assert_eq!(bucket_run(&mut b, &[0; 5]), vec![true; 5], "empty the bucket");
    let times = [100, 200, 300, 333, 334];
    assert_eq!(bucket_run(&mut b, &times), vec![false, false, false, false, true], "times {times:?}");
    // At 334 ms the bucket held 1.002 tokens; the 0.002 left over is kept,
    // so the next token is complete at 667 ms, not 668 ms.
    assert_eq!(bucket_run(&mut b, &[666, 667]), vec![false, true], "carry-over of the fraction");
}

#[test]
fn an_idle_bucket_never_holds_more_than_its_capacity() {
    let mut b = TokenBucket::new(5, 100);
    assert_eq!(bucket_run(&mut b, &[0; 5]), vec![true; 5], "empty the bucket");
    let hour = 3_600_000;
    assert_eq!(b.available(hour), 5, "after an hour idle");
    let got = bucket_run(&mut b, &[hour; 6]);
    assert_eq!(got, vec![true, true, true, true, true, false], "only a burst of capacity after idling");
}

#[test]
fn degenerate_buckets() {
    let mut empty = TokenBucket::new(0, 1000);
    assert_eq!(bucket_run(&mut empty, &[0, 1, 1000, 10_000]), vec![false; 4], "capacity 0 never allows");
    let mut no_refill = TokenBucket::new(2, 0);
    assert_eq!(bucket_run(&mut no_refill, &[0, 5, 1_000_000]), vec![true, true, false], "rate 0: only the first burst");
    let mut huge = TokenBucket::new(u64::MAX, u64::MAX);
    assert!(huge.try_acquire(u64::MAX), "huge capacity and rate must not overflow");
    assert!(huge.try_acquire(u64::MAX), "and still have tokens");
}

#[test]
fn a_clock_that_goes_backwards_earns_nothing() {
    let mut b = TokenBucket::new(1, 1);
    assert!(b.try_acquire(5_000), "first token");
    assert!(!b.try_acquire(4_000), "an earlier time must not refill (or panic)");
    assert!(!b.try_acquire(5_999), "the refill still counts from 5000 ms");
    assert!(b.try_acquire(6_000), "one second after 5000 ms");
}

#[test]
fn the_log_allows_limit_requests_per_window() {
    let mut l = SlidingWindowLog::new(3, 1000);
    let times = [0, 0, 0, 999, 1000, 1000, 1000, 1001];
    let want = vec![true, true, true, false, true, true, true, false];
    assert_eq!(log_run(&mut l, &times), want, "limit 3 per 1000 ms at {times:?}");
    assert_eq!(l.in_window(1001), 3, "requests in the window at 1001");
    assert_eq!(l.in_window(2000), 0, "requests in the window at 2000");
}

#[test]
fn rejected_requests_do_not_count() {
    let mut l = SlidingWindowLog::new(2, 100);
    let times = [0, 10, 50, 99, 100, 109, 110];
    let want = vec![true, true, false, false, true, false, true];
    assert_eq!(log_run(&mut l, &times), want, "limit 2 per 100 ms at {times:?}");
}

#[test]
fn no_double_burst_at_a_window_boundary() {
    // A fixed window [0, 1000), [1000, 2000) would allow 10 requests within
    // 2 ms here; the sliding window allows 5 in any 1000 ms.
    let mut l = SlidingWindowLog::new(5, 1000);
    let mut times = vec![999; 5];
    times.extend([1000; 5]);
    times.push(1998);
    times.push(1999);
    let mut want = vec![true; 5];
    want.extend([false; 6]);
    want.push(true);
    assert_eq!(log_run(&mut l, &times), want, "times {times:?}");
}

#[test]
fn degenerate_logs() {
    let mut none = SlidingWindowLog::new(0, 1000);
    assert_eq!(log_run(&mut none, &[0, 5000, 10_000]), vec![false; 3], "limit 0");
    let mut instant = SlidingWindowLog::new(1, 0);
    assert_eq!(log_run(&mut instant, &[0, 0, 1, 1, 2]), vec![true; 5], "window 0: every entry expires at once");
    let mut far = SlidingWindowLog::new(1, u64::MAX);
    assert_eq!(log_run(&mut far, &[u64::MAX - 1, u64::MAX]), vec![true, false], "a window reaching past u64::MAX");
}

#[test]
fn a_busy_log_with_a_large_window() {
    // 20 000 requests, one per ms, with 10 000 ms windows and a limit of
    // 6 000: the log holds thousands of entries at every step.
    let mut l = SlidingWindowLog::new(6_000, 10_000);
    let mut accepted = 0;
    for t in 0..20_000u64 {
        let got = l.try_acquire(t);
        let want = t % 10_000 < 6_000;
        assert_eq!(got, want, "request at {t} ms");
        accepted += got as usize;
    }
    assert_eq!(accepted, 12_000, "accepted requests");
    assert_eq!(l.in_window(19_999), 6_000, "in the last window");
}

#[test]
fn a_steady_stream_through_the_bucket() {
    // 10 tokens per second, requests every 10 ms for 100 s: after the first
    // burst of 10, exactly one request in ten gets through.
    let mut b = TokenBucket::new(10, 10);
    let accepted = (0..10_000u64).filter(|&i| b.try_acquire(i * 10)).count();
    assert_eq!(accepted, 10 + 999, "initial burst plus one token per 100 ms");
}
