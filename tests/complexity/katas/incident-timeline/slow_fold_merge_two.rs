// learner: slow
// why: merge_streams is O(N k) time, target O(N log k): folds the streams into the result one at a time with a two-way merge, re-copying everything merged so far
//! Merge log streams into one incident timeline and correlate spikes with failures: see README.md.

/// What happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// An ordinary log line.
    Log(String),
    /// A failed request, job or health check.
    Failure(String),
    /// A metric sample.
    Metric { name: String, value: u64 },
}

/// One timestamped event from one stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Milliseconds since the epoch.
    pub ts: u64,
    pub kind: Kind,
}

/// A metric sample at or above the threshold with failures close to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spike {
    pub ts: u64,
    pub metric: String,
    pub value: u64,
    /// Failures with `|failure.ts - ts| <= window`.
    pub failures: usize,
}

fn merge_two(a: Vec<Event>, b: Vec<Event>) -> Vec<Event> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let mut a = a.into_iter().peekable();
    let mut b = b.into_iter().peekable();
    loop {
        let take_a = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => x.ts <= y.ts,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        if take_a {
            out.push(a.next().unwrap());
        } else {
            out.push(b.next().unwrap());
        }
    }
    out
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    streams.into_iter().fold(Vec::new(), merge_two)
}

fn failure_times(timeline: &[Event]) -> Vec<u64> {
    timeline.iter().filter(|e| matches!(e.kind, Kind::Failure(_))).map(|e| e.ts).collect()
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails = failure_times(timeline);
    let mut lo = 0;
    let mut hi = 0;
    let mut out = Vec::new();
    for e in timeline {
        if let Kind::Metric { name, value } = &e.kind {
            if *value < threshold {
                continue;
            }
            while lo < fails.len() && fails[lo].saturating_add(window) < e.ts {
                lo += 1;
            }
            if hi < lo {
                hi = lo;
            }
            while hi < fails.len() && fails[hi] <= e.ts.saturating_add(window) {
                hi += 1;
            }
            if hi > lo {
                out.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: hi - lo });
            }
        }
    }
    out
}
