use latency_percentiles::{percentile, summary, Summary};
use std::time::Duration;

/// Nearest-rank percentile computed the slow, obvious way (std sort is fine in tests).
fn expected(samples: &[u64], p: u32) -> u64 {
    let mut sorted = samples.to_vec();
    sorted.sort();
    let rank = ((p as usize * sorted.len()).div_ceil(100)).max(1);
    sorted[rank - 1]
}

/// Deterministic pseudo-random latencies: mostly 10..60 ms, with a slow tail up to 2 s.
fn latencies(seed: u64, n: usize) -> Vec<u64> {
    let mut x = seed;
    let mut next = move || {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        x >> 33
    };
    (0..n)
        .map(|_| {
            if next() % 50 == 0 {
                100 + next() % 1_900
            } else {
                10 + next() % 50
            }
        })
        .collect()
}

#[test]
fn empty_sample_has_no_percentiles() {
    let mut empty: Vec<u64> = Vec::new();
    assert_eq!(percentile(&mut empty, 50), None, "percentile([], 50)");
    assert_eq!(summary(&mut empty), None, "summary([])");
}

#[test]
fn percent_above_100_is_rejected() {
    let mut s = vec![1u64, 2, 3];
    assert_eq!(percentile(&mut s, 101), None, "percentile([1, 2, 3], 101)");
    assert_eq!(
        percentile(&mut s, 100),
        Some(3),
        "percentile([1, 2, 3], 100)"
    );
}

#[test]
fn single_sample_is_every_percentile() {
    for p in [0, 1, 50, 99, 100] {
        assert_eq!(
            percentile(&mut [42u64], p),
            Some(42),
            "percentile([42], {p})"
        );
    }
    assert_eq!(
        summary(&mut [42u64]),
        Some(Summary {
            p50: 42,
            p95: 42,
            p99: 42
        }),
        "summary([42])"
    );
}

#[test]
fn nearest_rank_rule() {
    let input = [35u64, 20, 50, 15, 40];
    for (p, want) in [
        (0, 15),
        (20, 15),
        (21, 20),
        (30, 20),
        (40, 20),
        (50, 35),
        (80, 40),
        (81, 50),
        (100, 50),
    ] {
        let mut s = input;
        assert_eq!(
            percentile(&mut s, p),
            Some(want),
            "percentile({input:?}, {p})"
        );
    }
}

#[test]
fn one_to_a_hundred() {
    // 1..=100 scrambled: the p-th percentile is p itself (and p = 0 gives the minimum).
    let input: Vec<u64> = (0..100).map(|i| (i * 37 % 100) + 1).collect();
    for p in 0..=100u32 {
        let mut s = input.clone();
        assert_eq!(
            percentile(&mut s, p),
            Some(u64::from(p.max(1))),
            "percentile(1..=100 scrambled, {p})"
        );
    }
    let mut s = input.clone();
    assert_eq!(
        summary(&mut s),
        Some(Summary {
            p50: 50,
            p95: 95,
            p99: 99
        }),
        "summary(1..=100 scrambled)"
    );
}

#[test]
fn duplicates_and_outliers() {
    let mut same = vec![7u64; 1_000];
    assert_eq!(
        summary(&mut same),
        Some(Summary {
            p50: 7,
            p95: 7,
            p99: 7
        }),
        "summary of 1000 sevens"
    );
    // 97 fast requests and 3 very slow ones: p95 is still fast, p99 is not.
    let mut s: Vec<u64> = vec![12; 97];
    s.extend([5_000, 9_000, 7_000]);
    s.rotate_left(40);
    assert_eq!(
        summary(&mut s),
        Some(Summary {
            p50: 12,
            p95: 12,
            p99: 7_000
        }),
        "97 x 12 ms + 5000, 7000, 9000 ms"
    );
}

#[test]
fn every_small_size_and_percent() {
    for n in 1..=40usize {
        let input = latencies(n as u64, n);
        for p in 0..=100 {
            let mut s = input.clone();
            assert_eq!(
                percentile(&mut s, p),
                Some(expected(&input, p)),
                "percentile({input:?}, {p})"
            );
        }
        let mut s = input.clone();
        let want = Summary {
            p50: expected(&input, 50),
            p95: expected(&input, 95),
            p99: expected(&input, 99),
        };
        assert_eq!(summary(&mut s), Some(want), "summary({input:?})");
    }
}

#[test]
fn samples_are_only_reordered() {
    let input = latencies(99, 500);
    let mut s = input.clone();
    summary(&mut s);
    percentile(&mut s, 75);
    let (mut a, mut b) = (input.clone(), s.clone());
    a.sort();
    b.sort();
    assert!(
        a == b,
        "summary/percentile may reorder the samples but must not change them"
    );
}

#[test]
fn works_with_durations_and_extremes() {
    let mut d: Vec<Duration> = [250, 3, 80, 1_200, 45]
        .iter()
        .map(|&ms| Duration::from_millis(ms))
        .collect();
    let got = summary(&mut d);
    let want = Summary {
        p50: Duration::from_millis(80),
        p95: Duration::from_millis(1_200),
        p99: Duration::from_millis(1_200),
    };
    assert_eq!(got, Some(want), "summary of 250, 3, 80, 1200, 45 ms");
    let mut extremes = vec![u64::MAX, 0, u64::MAX, 0, 1];
    assert_eq!(
        percentile(&mut extremes, 50),
        Some(1),
        "percentile([MAX, 0, MAX, 0, 1], 50)"
    );
    let mut signed = vec![-5i64, -1, -3];
    assert_eq!(
        percentile(&mut signed, 0),
        Some(-5),
        "percentile([-5, -1, -3], 0)"
    );
}

#[test]
fn large_samples() {
    // 200 000 requests, some sorted (a common real-world shape), some not.
    let input = latencies(2024, 200_000);
    let mut s = input.clone();
    let want = Summary {
        p50: expected(&input, 50),
        p95: expected(&input, 95),
        p99: expected(&input, 99),
    };
    assert_eq!(
        summary(&mut s),
        Some(want),
        "summary of 200000 pseudo-random latencies"
    );
    let mut ascending: Vec<u64> = (0..200_000).collect();
    assert_eq!(
        percentile(&mut ascending, 99),
        Some(197_999),
        "p99 of 0..200000 (sorted input)"
    );
    let mut descending: Vec<u64> = (0..200_000).rev().collect();
    assert_eq!(
        percentile(&mut descending, 50),
        Some(99_999),
        "p50 of 200000..0 (reversed input)"
    );
}
