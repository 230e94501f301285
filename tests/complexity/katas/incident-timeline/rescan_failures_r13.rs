// learner: slow
// why: coinciding_spikes is O(N^2) time, target O(N): every spike counts matching failures by rescanning the whole failure list
use std::cmp::Reverse;
use std::collections::BinaryHeap;
/// What happened.
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
    let mut result: Vec<Event> = Vec::new();
    let mut its: Vec<std::vec::IntoIter<Event>> = Vec::new();
    let mut heads: Vec<Option<Event>> = Vec::new();
    let mut heap = BinaryHeap::new();
    for s in streams {
        let mut it = s.into_iter();
        let h = it.next();
        if let Some(e) = &h {
            heap.push(Reverse((e.ts, its.len())));
        }
        heads.push(h);
        its.push(it);
    }
    while let Some(Reverse((_, k))) = heap.pop() {
        result.push(heads[k].take().unwrap());
        heads[k] = its[k].next();
        if let Some(e) = &heads[k] {
            heap.push(Reverse((e.ts, k)));
        }
    }
    result
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut result: Vec<Spike> = Vec::new();
    let mut failure_times: Vec<u64> = Vec::new();
    for e in timeline {
        if let Kind::Failure(_) = e.kind {
            failure_times.push(e.ts);
        }
    }
    for e in timeline {
        if let Kind::Metric { name, value } = &e.kind {
            if *value >= threshold {
                let mut near = 0usize;
                for &f in &failure_times {
                    if f.abs_diff(e.ts) <= window {
                        near += 1;
                    }
                }
                if near > 0 {
                    result.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: near });
                }
            }
        }
    }
    result
}
