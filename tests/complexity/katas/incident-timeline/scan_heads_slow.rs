// learner: slow
// why: merge_streams is O(N k) time, target O(N log k): each output event scans all k stream heads for the minimum
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
use std::collections::VecDeque;

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut queues: Vec<VecDeque<Event>> = streams.into_iter().map(VecDeque::from).collect();
    let mut out = Vec::new();
    loop {
        let mut best: Option<usize> = None;
        for (i, q) in queues.iter().enumerate() {
            if let Some(head) = q.front() {
                match best {
                    Some(b) if queues[b].front().unwrap().ts <= head.ts => {}
                    _ => best = Some(i),
                }
            }
        }
        match best {
            Some(b) => out.push(queues[b].pop_front().unwrap()),
            None => break,
        }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline
        .iter()
        .filter_map(|e| match e.kind {
            Kind::Failure(_) => Some(e.ts),
            _ => None,
        })
        .collect();
    let mut lo = 0;
    let mut hi = 0;
    let mut out = Vec::new();
    for e in timeline {
        if let Kind::Metric { name, value } = &e.kind {
            if *value < threshold {
                continue;
            }
            while lo < fails.len() && fails[lo] < e.ts.saturating_sub(window) {
                lo += 1;
            }
            hi = hi.max(lo);
            while hi < fails.len() && fails[hi] <= e.ts.saturating_add(window) {
                hi += 1;
            }
            if hi > lo {
                out.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: hi - lo });
            }
        }
    }
    out
}
