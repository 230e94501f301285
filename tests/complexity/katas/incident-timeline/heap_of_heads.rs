// learner: optimal
// idiom: BinaryHeap of a custom Ord struct holding the moved-out head event; index-based cursor per stream; recursive helper for the spike sweep
//! Merge log streams into one incident timeline and correlate spikes with failures: see README.md.

use std::cmp::Ordering;
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

struct Head {
    ev: Event,
    stream: usize,
}

impl PartialEq for Head {
    fn eq(&self, other: &Self) -> bool {
        self.ev.ts == other.ev.ts && self.stream == other.stream
    }
}
impl Eq for Head {}
impl PartialOrd for Head {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Head {
    // reversed: BinaryHeap is a max-heap, we want the smallest (ts, stream) on top
    fn cmp(&self, other: &Self) -> Ordering {
        (other.ev.ts, other.stream).cmp(&(self.ev.ts, self.stream))
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total: usize = streams.iter().map(|s| s.len()).sum();
    let mut rest: Vec<std::vec::IntoIter<Event>> = Vec::with_capacity(streams.len());
    let mut heap = BinaryHeap::with_capacity(streams.len());
    for (stream, s) in streams.into_iter().enumerate() {
        let mut it = s.into_iter();
        if let Some(ev) = it.next() {
            heap.push(Head { ev, stream });
        }
        rest.push(it);
    }
    let mut out = Vec::with_capacity(total);
    while let Some(Head { ev, stream }) = heap.pop() {
        out.push(ev);
        if let Some(ev) = rest[stream].next() {
            heap.push(Head { ev, stream });
        }
    }
    out
}

/// Advance `i` over `xs` while `keep` holds (bounded by the number of failures overall).
fn skip_while<F: Fn(u64) -> bool>(xs: &[u64], mut i: usize, keep: F) -> usize {
    while i < xs.len() && keep(xs[i]) {
        i += 1;
    }
    i
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline.iter().filter(|e| matches!(e.kind, Kind::Failure(_))).map(|e| e.ts).collect();
    let mut acc = Vec::new();
    let (mut lo, mut hi) = (0, 0);
    for ev in timeline {
        if let Kind::Metric { name, value } = &ev.kind {
            if *value >= threshold {
                let top = ev.ts.saturating_add(window);
                let bottom = ev.ts.saturating_sub(window);
                hi = skip_while(&fails, hi, |f| f <= top);
                lo = skip_while(&fails[..hi], lo, |f| f < bottom);
                if hi > lo {
                    acc.push(Spike { ts: ev.ts, metric: name.to_string(), value: *value, failures: hi - lo });
                }
            }
        }
    }
    acc
}
