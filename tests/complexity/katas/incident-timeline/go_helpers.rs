// learner: optimal
// idiom: Go-style: heap of Reverse((ts, stream)) over per-stream IntoIters with a heads table, refill helper taking all the tables, failure timestamps collected then lo/hi indices advanced by small helpers
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
use std::vec::IntoIter;

fn refill(s: usize, iters: &mut [IntoIter<Event>], heads: &mut [Option<Event>], heap: &mut BinaryHeap<Reverse<(u64, usize)>>) {
    if let Some(e) = iters[s].next() {
        heap.push(Reverse((e.ts, s)));
        heads[s] = Some(e);
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let k = streams.len();
    let mut total = 0;
    for s in &streams {
        total += s.len();
    }
    let mut iters: Vec<IntoIter<Event>> = Vec::with_capacity(k);
    for s in streams {
        iters.push(s.into_iter());
    }
    let mut heads: Vec<Option<Event>> = Vec::with_capacity(k);
    for _ in 0..k {
        heads.push(None);
    }
    let mut heap = BinaryHeap::with_capacity(k);
    for s in 0..k {
        refill(s, &mut iters, &mut heads, &mut heap);
    }
    let mut out = Vec::with_capacity(total);
    while let Some(Reverse((_, s))) = heap.pop() {
        let e = heads[s].take().expect("head present");
        out.push(e);
        refill(s, &mut iters, &mut heads, &mut heap);
    }
    out
}

fn advance_below(fails: &[u64], mut i: usize, bound: u64) -> usize {
    while i < fails.len() && fails[i] < bound {
        i += 1;
    }
    i
}

fn advance_upto(fails: &[u64], mut i: usize, bound: u64) -> usize {
    while i < fails.len() && fails[i] <= bound {
        i += 1;
    }
    i
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
        let (name, value) = match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => (name, *value),
            _ => continue,
        };
        lo = advance_below(&fails, lo, e.ts.saturating_sub(window));
        hi = advance_upto(&fails, hi, e.ts.saturating_add(window));
        if hi > lo {
            out.push(Spike { ts: e.ts, metric: name.clone(), value, failures: hi - lo });
        }
    }
    out
}
