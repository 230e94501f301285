// learner: slow
// idiom: Mathematica / Wolfram Language user: Count[failureTimes, t_ /; Abs[t - ts] <= window] for each spike (a filter + count over all failures), heap-based merge
// why: misses coinciding_spikes O(N): every spike re-reads every failure, O(S * F) = O(N^2) when spikes and failures are both a fraction of the timeline; merge_streams is fine (O(N log k))

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

/// Merges streams that are each sorted by `ts` into one sorted timeline.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total: usize = streams.iter().map(Vec::len).sum();
    let mut its: Vec<_> = streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut heap = BinaryHeap::new();
    for (i, it) in its.iter_mut().enumerate() {
        if let Some(e) = it.peek() {
            heap.push(Reverse((e.ts, i)));
        }
    }
    let mut out = Vec::with_capacity(total);
    while let Some(Reverse((_, i))) = heap.pop() {
        out.extend(its[i].next());
        if let Some(e) = its[i].peek() {
            heap.push(Reverse((e.ts, i)));
        }
    }
    out
}

/// For every metric event with `value >= threshold`, counts the failures within `window` ms.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let failure_times: Vec<u64> = timeline
        .iter()
        .filter_map(|e| if let Kind::Failure(_) = e.kind { Some(e.ts) } else { None })
        .collect();
    timeline
        .iter()
        .filter_map(|e| match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => {
                let failures = failure_times.iter().filter(|&&t| t.abs_diff(e.ts) <= window).count();
                (failures > 0).then(|| Spike { ts: e.ts, metric: name.clone(), value: *value, failures })
            }
            _ => None,
        })
        .collect()
}
