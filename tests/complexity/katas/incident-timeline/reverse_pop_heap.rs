// learner: optimal
// idiom: reverse each stream in place and pop from its back, BinaryHeap<Reverse<(ts, stream)>>; spikes with failure timestamps collected then two forward while-loop pointers and saturating bounds
//! Merge log streams and correlate spikes with failures.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

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

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut streams = streams;
    let total: usize = streams.iter().map(|s| s.len()).sum();
    let mut heap = BinaryHeap::with_capacity(streams.len());
    for (i, s) in streams.iter_mut().enumerate() {
        s.reverse();
        if let Some(e) = s.last() {
            heap.push(Reverse((e.ts, i)));
        }
    }
    let mut out = Vec::with_capacity(total);
    while let Some(Reverse((_, i))) = heap.pop() {
        let ev = streams[i].pop().expect("heap entry means the stream has a head");
        out.push(ev);
        if let Some(next) = streams[i].last() {
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
    let mut lo = 0usize;
    let mut hi = 0usize;
    let mut spikes = Vec::new();
    for e in timeline {
        let (name, value) = match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => (name, *value),
            _ => continue,
        };
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
            spikes.push(Spike { ts: e.ts, metric: name.clone(), value, failures: hi - lo });
        }
    }
    spikes
}
