// learner: slow
// why: coinciding_spikes is O(N^2) time, target O(N): every spike rescans all failures
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
    let mut its: Vec<_> = streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut heap = BinaryHeap::new();
    for (i, it) in its.iter_mut().enumerate() { if let Some(e) = it.peek() { heap.push(Reverse((e.ts, i))); } }
    let mut out = Vec::new();
    while let Some(Reverse((_, i))) = heap.pop() {
        out.push(its[i].next().unwrap());
        if let Some(e) = its[i].peek() { heap.push(Reverse((e.ts, i))); }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut out = Vec::new();
    for e in timeline {
        if let Kind::Metric { name, value } = &e.kind {
            if *value >= threshold {
                let n = timeline.iter().filter(|f| matches!(f.kind, Kind::Failure(_)) && f.ts.abs_diff(e.ts) <= window).count();
                if n > 0 { out.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: n }); }
            }
        }
    }
    out
}
