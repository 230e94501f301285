use incident_timeline::*;

fn log(ts: u64, text: &str) -> Event {
    Event { ts, kind: Kind::Log(text.to_string()) }
}
fn failure(ts: u64, text: &str) -> Event {
    Event { ts, kind: Kind::Failure(text.to_string()) }
}
fn metric(ts: u64, name: &str, value: u64) -> Event {
    Event { ts, kind: Kind::Metric { name: name.to_string(), value } }
}
fn spike(ts: u64, metric: &str, value: u64, failures: usize) -> Spike {
    Spike { ts, metric: metric.to_string(), value, failures }
}

#[test]
fn no_streams_or_only_empty_streams() {
    assert_eq!(merge_streams(vec![]), vec![], "input: no streams");
    assert_eq!(merge_streams(vec![vec![], vec![], vec![]]), vec![], "input: three empty streams");
    assert_eq!(coinciding_spikes(&[], 0, 1_000), vec![], "input: empty timeline");
}

#[test]
fn a_single_stream_is_returned_as_is() {
    let s = vec![log(1, "boot"), log(1, "ready"), failure(7, "GET /pay 504"), metric(9, "cpu", 97)];
    assert_eq!(merge_streams(vec![s.clone()]), s, "input: one stream {s:?}");
}

#[test]
fn interleaves_by_timestamp() {
    let app = vec![log(10, "a1"), log(30, "a2"), log(50, "a3")];
    let db = vec![log(5, "d1"), log(40, "d2")];
    let host = vec![log(20, "h1"), log(60, "h2"), log(70, "h3")];
    let got = merge_streams(vec![app, db, host]);
    let ts: Vec<u64> = got.iter().map(|e| e.ts).collect();
    assert_eq!(ts, vec![5, 10, 20, 30, 40, 50, 60, 70], "merged timestamps");
    assert_eq!(got[0], log(5, "d1"));
    assert_eq!(got[7], log(70, "h3"));
}

#[test]
fn ties_follow_stream_index_then_stream_order() {
    let s0 = vec![log(5, "s0-a"), log(5, "s0-b"), log(9, "s0-c")];
    let s1 = vec![log(1, "s1-a"), log(5, "s1-b")];
    let s2 = vec![log(5, "s2-a")];
    let got = merge_streams(vec![s0, s1, s2]);
    let want = vec![log(1, "s1-a"), log(5, "s0-a"), log(5, "s0-b"), log(5, "s1-b"), log(5, "s2-a"), log(9, "s0-c")];
    assert_eq!(got, want, "equal timestamps: stream 0 before 1 before 2, in-stream order kept");
}

#[test]
fn streams_of_very_different_lengths() {
    let long: Vec<Event> = (0..50).map(|i| log(i * 2, "even")).collect();
    let short = vec![log(51, "odd-51")];
    let got = merge_streams(vec![vec![], long, vec![], short, vec![log(u64::MAX, "end of time")]]);
    assert_eq!(got.len(), 52);
    assert!(got.windows(2).all(|w| w[0].ts <= w[1].ts), "timeline must be sorted: {:?}", got.iter().map(|e| e.ts).collect::<Vec<_>>());
    assert_eq!(got[26], log(51, "odd-51"));
    assert_eq!(got[51].ts, u64::MAX);
}

#[test]
fn spikes_near_failures_are_reported_with_counts() {
    let timeline = vec![
        metric(1_000, "disk_io", 95),        // failures at 1_400 and 1_500 are within 500
        failure(1_400, "GET /orders 504"),
        failure(1_500, "GET /orders 504"),
        metric(2_000, "disk_io", 40),        // below the threshold
        metric(2_001, "cpu", 99),            // only the failure at 1_500 is within 500 (501 ms away: no)
        log(3_000, "backup started"),
        metric(9_000, "disk_io", 100),       // nothing close
    ];
    let got = coinciding_spikes(&timeline, 90, 500);
    let want = vec![spike(1_000, "disk_io", 95, 2)];
    assert_eq!(got, want, "input: {timeline:?}, threshold 90, window 500");
}

#[test]
fn threshold_and_window_bounds_are_inclusive() {
    let timeline = vec![
        failure(100, "f1"),
        metric(600, "cpu", 80),   // exactly 500 after f1, value exactly the threshold
        metric(601, "cpu", 80),   // 501 after f1, 499 before f2
        failure(1_100, "f2"),     // exactly 500 after 600
        metric(1_700, "cpu", 79), // below the threshold
    ];
    let got = coinciding_spikes(&timeline, 80, 500);
    let want = vec![spike(600, "cpu", 80, 2), spike(601, "cpu", 80, 1)];
    assert_eq!(got, want, "input: {timeline:?}, threshold 80, window 500");
}

#[test]
fn zero_window_and_extreme_timestamps() {
    let timeline = vec![
        failure(0, "at zero"),
        metric(0, "mem", 7),
        metric(1, "mem", 7),
        metric(u64::MAX - 1, "mem", 7),
        failure(u64::MAX, "at the end"),
        metric(u64::MAX, "mem", 7),
    ];
    assert_eq!(
        coinciding_spikes(&timeline, 0, 0),
        vec![spike(0, "mem", 7, 1), spike(u64::MAX, "mem", 7, 1)],
        "window 0: only failures at the same millisecond"
    );
    assert_eq!(
        coinciding_spikes(&timeline, 0, u64::MAX),
        vec![spike(0, "mem", 7, 2), spike(1, "mem", 7, 2), spike(u64::MAX - 1, "mem", 7, 2), spike(u64::MAX, "mem", 7, 2)],
        "window u64::MAX: every failure is close (no overflow)"
    );
}

#[test]
fn no_failures_or_no_metrics_means_no_spikes() {
    let quiet = vec![metric(1, "cpu", 100), log(2, "ok"), metric(3, "cpu", 100)];
    assert_eq!(coinciding_spikes(&quiet, 50, 10), vec![], "input: metrics but no failures");
    let noisy = vec![failure(1, "x"), failure(2, "y"), log(3, "z")];
    assert_eq!(coinciding_spikes(&noisy, 0, 10), vec![], "input: failures but no metrics");
}

#[test]
fn unicode_payloads_survive_the_merge() {
    let a = vec![log(2, "démarrage ✓"), failure(4, "支付 失败")];
    let b = vec![metric(3, "température_°C", 91)];
    let got = merge_streams(vec![a, b]);
    assert_eq!(got, vec![log(2, "démarrage ✓"), metric(3, "température_°C", 91), failure(4, "支付 失败")]);
    assert_eq!(coinciding_spikes(&got, 90, 1), vec![spike(3, "température_°C", 91, 1)]);
}

#[test]
fn an_incident_day_with_many_events() {
    // 8 hosts x 5 000 events: every host logs every 10 ms; host 0 fails every 70 ms,
    // host 1 samples disk_io (two samples in three are spikes), the others just log.
    let hosts = 8;
    let per_host = 5_000u64;
    let streams: Vec<Vec<Event>> = (0..hosts)
        .map(|h| {
            (0..per_host)
                .map(|i| {
                    let ts = i * 10 + h as u64;
                    match h {
                        0 if i % 7 == 0 => failure(ts, "GET /pay 504"),
                        1 => metric(ts, "disk_io", if i % 3 == 0 { 10 } else { 99 }),
                        _ => log(ts, "tick"),
                    }
                })
                .collect()
        })
        .collect();
    let timeline = merge_streams(streams);
    assert_eq!(timeline.len(), hosts * per_host as usize);
    assert!(timeline.windows(2).all(|w| w[0].ts <= w[1].ts), "the merged timeline must be sorted");

    let window = 25;
    let got = coinciding_spikes(&timeline, 90, window);
    // Expected, computed with binary searches over the failure times.
    let fails: Vec<u64> = timeline.iter().filter(|e| matches!(e.kind, Kind::Failure(_))).map(|e| e.ts).collect();
    let want: Vec<Spike> = timeline
        .iter()
        .filter_map(|e| match &e.kind {
            Kind::Metric { name, value } if *value >= 90 => {
                let lo = fails.partition_point(|&f| f < e.ts.saturating_sub(window));
                let hi = fails.partition_point(|&f| f <= e.ts + window);
                (hi > lo).then(|| spike(e.ts, name, *value, hi - lo))
            }
            _ => None,
        })
        .collect();
    assert_eq!(got.len(), want.len(), "number of coinciding spikes");
    assert_eq!(got, want);
}
