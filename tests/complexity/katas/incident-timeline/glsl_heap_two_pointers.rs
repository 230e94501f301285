// learner: optimal
// idiom: GLSL: BinaryHeap of Reverse((ts, stream lane)) over stream heads; spikes with two monotone indices lo/hi into the failure timestamps
//! Merge log streams into one incident timeline and correlate spikes with failures: see README.md.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

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

/// Merges streams that are each sorted by `ts` into one sorted timeline.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total: usize = streams.iter().map(|s| s.len()).sum();
    let mut out = Vec::with_capacity(total);
    let mut heads: Vec<std::vec::IntoIter<Event>> = streams.into_iter().map(|s| s.into_iter()).collect();
    let mut front: Vec<Option<Event>> = heads.iter_mut().map(|it| it.next()).collect();
    let mut heap: BinaryHeap<Reverse<(u64, usize)>> = BinaryHeap::with_capacity(heads.len());
    for (lane, ev) in front.iter().enumerate() {
        if let Some(ev) = ev {
            heap.push(Reverse((ev.ts, lane)));
        }
    }
    while let Some(Reverse((_, lane))) = heap.pop() {
        let ev = front[lane].take().expect("head present");
        out.push(ev);
        if let Some(nxt) = heads[lane].next() {
            heap.push(Reverse((nxt.ts, lane)));
            front[lane] = Some(nxt);
        }
    }
    out
}

/// For every metric event with `value >= threshold` (in timeline order), counts the failures
/// within `window` ms on either side (inclusive) and reports the spike if there is at least one.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    // gather failure timestamps: already sorted since the timeline is
    let mut fails: Vec<u64> = Vec::new();
    for ev in timeline {
        if let Kind::Failure(_) = ev.kind {
            fails.push(ev.ts);
        }
    }
    let mut out = Vec::new();
    let (mut lo, mut hi) = (0usize, 0usize);
    for ev in timeline {
        let Kind::Metric { name, value } = &ev.kind else { continue };
        if *value < threshold {
            continue;
        }
        let from = ev.ts.saturating_sub(window);
        let to = ev.ts.saturating_add(window);
        while lo < fails.len() && fails[lo] < from {
            lo += 1;
        }
        if hi < lo {
            hi = lo;
        }
        while hi < fails.len() && fails[hi] <= to {
            hi += 1;
        }
        let count = hi - lo;
        if count > 0 {
            out.push(Spike { ts: ev.ts, metric: name.clone(), value: *value, failures: count });
        }
    }
    out
}

