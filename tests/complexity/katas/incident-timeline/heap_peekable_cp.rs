// learner: optimal
// idiom: BinaryHeap<Reverse<(ts, stream)>> over a Vec of IntoIter streams, failure-ts Vec with two while-loop pointers
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

/// Merges streams that are each sorted by `ts` into one sorted timeline. Equal timestamps keep
/// the order of the stream index, then the order inside the stream.
/// O(N log k) time for N events in k streams; O(k) extra space besides the output.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let tot: usize = streams.iter().map(|s| s.len()).sum();
    let mut its: Vec<std::iter::Peekable<std::vec::IntoIter<Event>>> =
        streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut h = BinaryHeap::with_capacity(its.len());
    for (i, it) in its.iter_mut().enumerate() {
        if let Some(e) = it.peek() {
            h.push(Reverse((e.ts, i)));
        }
    }
    let mut out = Vec::with_capacity(tot);
    while let Some(Reverse((_, i))) = h.pop() {
        out.push(its[i].next().unwrap());
        if let Some(e) = its[i].peek() {
            h.push(Reverse((e.ts, i)));
        }
    }
    out
}

/// For every metric event with `value >= threshold` (in timeline order), counts the failures
/// within `window` ms on either side (inclusive) and reports the spike if there is at least one.
/// `timeline` must be sorted by `ts`. O(N) time, O(F) extra space for F failures.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut f: Vec<u64> = Vec::new();
    for e in timeline {
        if let Kind::Failure(_) = e.kind {
            f.push(e.ts);
        }
    }
    let (mut lo, mut hi) = (0usize, 0usize);
    let mut out = Vec::new();
    for e in timeline {
        if let Kind::Metric { name, value } = &e.kind {
            if *value < threshold {
                continue;
            }
            let a = e.ts.saturating_sub(window);
            let b = e.ts.saturating_add(window);
            while lo < f.len() && f[lo] < a {
                lo += 1;
            }
            if hi < lo {
                hi = lo;
            }
            while hi < f.len() && f[hi] <= b {
                hi += 1;
            }
            if hi > lo {
                out.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: hi - lo });
            }
        }
    }
    out
}
