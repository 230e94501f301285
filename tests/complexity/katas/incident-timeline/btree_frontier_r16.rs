// learner: optimal
// idiom: BTreeSet<(ts, stream)> as the priority queue with pop_first, VecDeque per stream; spike sweep with get()-driven while-let pointers
use std::collections::{BTreeSet, VecDeque};

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
    let n: usize = streams.iter().map(|s| s.len()).sum();
    let mut queues: Vec<VecDeque<Event>> = streams.into_iter().map(VecDeque::from).collect();
    let mut frontier: BTreeSet<(u64, usize)> = BTreeSet::new();
    for (idx, q) in queues.iter().enumerate() {
        if let Some(front) = q.front() {
            frontier.insert((front.ts, idx));
        }
    }
    let mut merged = Vec::with_capacity(n);
    while let Some((_, idx)) = frontier.pop_first() {
        let q = &mut queues[idx];
        if let Some(ev) = q.pop_front() {
            merged.push(ev);
        }
        if let Some(front) = q.front() {
            frontier.insert((front.ts, idx));
        }
    }
    merged
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let failures: Vec<u64> = timeline
        .iter()
        .filter(|e| matches!(e.kind, Kind::Failure(_)))
        .map(|e| e.ts)
        .collect();
    let (mut behind, mut ahead) = (0usize, 0usize);
    let mut found = Vec::new();
    for ev in timeline {
        let Kind::Metric { name, value } = &ev.kind else { continue };
        if *value < threshold {
            continue;
        }
        while let Some(&f) = failures.get(behind) {
            if ev.ts - f.min(ev.ts) <= window { break; }
            behind += 1;
        }
        ahead = ahead.max(behind);
        while let Some(&f) = failures.get(ahead) {
            if f > ev.ts && f - ev.ts > window { break; }
            ahead += 1;
        }
        if ahead > behind {
            found.push(Spike { ts: ev.ts, metric: name.to_string(), value: *value, failures: ahead - behind });
        }
    }
    found
}
