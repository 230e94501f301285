// learner: optimal
// idiom: BTreeSet<(ts, stream)> as the priority queue (pop_first), streams reversed so Vec::pop yields heads, two pointers written as for-loops with break
use std::collections::BTreeSet;
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
    let mut out = Vec::new();
    // reverse each stream once so its head is at the back: pop() is O(1)
    let mut stacks: Vec<Vec<Event>> = streams
        .into_iter()
        .map(|mut s| {
            s.reverse();
            s
        })
        .collect();
    let mut ready: BTreeSet<(u64, usize)> = stacks
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.last().map(|e| (e.ts, i)))
        .collect();
    while let Some((_, i)) = ready.pop_first() {
        let ev = stacks[i].pop().unwrap();
        out.push(ev);
        match stacks[i].last() {
            Some(next) => {
                ready.insert((next.ts, i));
            }
            None => {}
        }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let failures: Vec<u64> = timeline
        .iter()
        .filter(|e| matches!(e.kind, Kind::Failure(_)))
        .map(|e| e.ts)
        .collect();
    let mut first = 0; // failures before this are too early for every later spike
    let mut past = 0; // failures before this are <= the current upper edge
    let mut found = Vec::new();
    for ev in timeline.iter() {
        if let Kind::Metric { name, value } = &ev.kind {
            if *value < threshold {
                continue;
            }
            let start = ev.ts.saturating_sub(window);
            let end = ev.ts.saturating_add(window);
            for &f in &failures[first..] {
                if f >= start {
                    break;
                }
                first += 1;
            }
            past = past.max(first);
            for &f in &failures[past..] {
                if f > end {
                    break;
                }
                past += 1;
            }
            if past > first {
                found.push(Spike { ts: ev.ts, metric: name.to_string(), value: *value, failures: past - first });
            }
        }
    }
    found
}
