// learner: slow
// why: coinciding_spikes is O(N^2) time, target O(N): for each spike it filters and counts over every failure again
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

use std::collections::BinaryHeap;
use std::cmp::Reverse;

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut its: Vec<_> = streams.into_iter().map(|v| v.into_iter()).collect();
    let mut heads: BinaryHeap<Reverse<(u64, usize)>> = BinaryHeap::new();
    let mut held: Vec<Option<Event>> = Vec::with_capacity(its.len());
    for (i, it) in its.iter_mut().enumerate() {
        let e = it.next();
        if let Some(ev) = &e {
            heads.push(Reverse((ev.ts, i)));
        }
        held.push(e);
    }
    let mut out = vec![];
    while let Some(Reverse((_, i))) = heads.pop() {
        out.push(held[i].take().unwrap());
        held[i] = its[i].next();
        if let Some(ev) = &held[i] {
            heads.push(Reverse((ev.ts, i)));
        }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let failures: Vec<u64> = timeline
        .iter()
        .filter_map(|e| if let Kind::Failure(_) = e.kind { Some(e.ts) } else { None })
        .collect();
    let is_close = |a: u64, b: u64| a.abs_diff(b) <= window;
    timeline
        .iter()
        .filter_map(|e| match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => {
                let n = failures.iter().filter(|&&f| is_close(f, e.ts)).count();
                (n > 0).then(|| Spike { ts: e.ts, metric: name.clone(), value: *value, failures: n })
            }
            _ => None,
        })
        .collect()
}
