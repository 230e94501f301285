// learner: optimal
// idiom: Bash scripter: std BinaryHeap of Reverse((ts, stream)) with one cursor per stream, then spikes via two while-loop pointers over a failure-timestamp array
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
    let mut total = 0;
    for s in &streams {
        total += s.len();
    }
    let mut out = Vec::with_capacity(total);
    let mut cursors: Vec<std::vec::IntoIter<Event>> = Vec::with_capacity(streams.len());
    let mut heads: Vec<Option<Event>> = Vec::with_capacity(streams.len());
    let mut heap = BinaryHeap::new();
    for (i, s) in streams.into_iter().enumerate() {
        let mut it = s.into_iter();
        let first = it.next();
        if let Some(e) = &first {
            heap.push(Reverse((e.ts, i)));
        }
        heads.push(first);
        cursors.push(it);
    }
    while let Some(Reverse((_, i))) = heap.pop() {
        let e = heads[i].take().unwrap();
        out.push(e);
        heads[i] = cursors[i].next();
        if let Some(next) = &heads[i] {
            heap.push(Reverse((next.ts, i)));
        }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut fails: Vec<u64> = Vec::new();
    for e in timeline {
        if let Kind::Failure(_) = e.kind {
            fails.push(e.ts);
        }
    }
    let mut out = Vec::new();
    let mut lo = 0;
    let mut hi = 0;
    for e in timeline {
        if let Kind::Metric { name, value } = &e.kind {
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
            let n = hi - lo;
            if n > 0 {
                out.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: n });
            }
        }
    }
    out
}
