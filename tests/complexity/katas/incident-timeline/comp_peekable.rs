// learner: optimal
// idiom: competitive: Vec of Peekable IntoIters, BinaryHeap<Reverse<(ts, i)>> keyed from peek(), terse loop; spikes with failure ts Vec and two while-advanced pointers
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

use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let n: usize = streams.iter().map(Vec::len).sum();
    let mut it: Vec<_> = streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut h: BinaryHeap<_> = it.iter_mut().enumerate().filter_map(|(i, x)| x.peek().map(|e| Reverse((e.ts, i)))).collect();
    let mut r = Vec::with_capacity(n);
    while let Some(Reverse((_, i))) = h.pop() {
        r.push(it[i].next().unwrap());
        if let Some(e) = it[i].peek() {
            h.push(Reverse((e.ts, i)));
        }
    }
    r
}

pub fn coinciding_spikes(tl: &[Event], th: u64, w: u64) -> Vec<Spike> {
    let f: Vec<u64> = tl.iter().filter(|e| matches!(e.kind, Kind::Failure(_))).map(|e| e.ts).collect();
    let (mut a, mut b) = (0, 0);
    let mut r = vec![];
    for e in tl {
        if let Kind::Metric { name, value } = &e.kind {
            if *value < th {
                continue;
            }
            let (lo, hi) = (e.ts.saturating_sub(w), e.ts.saturating_add(w));
            while a < f.len() && f[a] < lo {
                a += 1;
            }
            while b < f.len() && f[b] <= hi {
                b += 1;
            }
            if b > a {
                r.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: b - a });
            }
        }
    }
    r
}
