// learner: optimal
// idiom: std BinaryHeap of Reverse((ts, stream)) over vec::IntoIter streams, two-pointer sweep with while loops
//! Merge log streams into one incident timeline and correlate spikes with failures: see README.md.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Log(String),
    Failure(String),
    Metric { name: String, value: u64 },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub ts: u64,
    pub kind: Kind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spike {
    pub ts: u64,
    pub metric: String,
    pub value: u64,
    pub failures: usize,
}

use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total: usize = streams.iter().map(Vec::len).sum();
    let mut iters: Vec<std::iter::Peekable<std::vec::IntoIter<Event>>> =
        streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut heap = BinaryHeap::with_capacity(iters.len());
    for (idx, it) in iters.iter_mut().enumerate() {
        if let Some(e) = it.peek() {
            heap.push(Reverse((e.ts, idx)));
        }
    }
    let mut out = Vec::with_capacity(total);
    while let Some(Reverse((_, idx))) = heap.pop() {
        let ev = iters[idx].next().expect("head was peeked");
        out.push(ev);
        if let Some(next) = iters[idx].peek() {
            heap.push(Reverse((next.ts, idx)));
        }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline
        .iter()
        .filter(|e| matches!(e.kind, Kind::Failure(_)))
        .map(|e| e.ts)
        .collect();
    let (mut lo, mut hi) = (0usize, 0usize);
    let mut out = Vec::new();
    for e in timeline {
        let Kind::Metric { name, value } = &e.kind else { continue };
        if *value < threshold {
            continue;
        }
        let from = e.ts.saturating_sub(window);
        let to = e.ts.saturating_add(window);
        while lo < fails.len() && fails[lo] < from {
            lo += 1;
        }
        if hi < lo {
            hi = lo;
        }
        while hi < fails.len() && fails[hi] <= to {
            hi += 1;
        }
        if hi > lo {
            out.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: hi - lo });
        }
    }
    out
}
