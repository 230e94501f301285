// learner: optimal
// idiom: BTreeSet<(ts, stream)> as the priority queue with pop_first and a Vec<Option<Event>> of heads fed from IntoIters (Option::take); spikes by two cursors straight over the timeline with a running failure count
//! Merge log streams and correlate spikes with failures.

use std::collections::BTreeSet;

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

fn is_failure(e: &Event) -> bool {
    matches!(e.kind, Kind::Failure(_))
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let capacity = streams.iter().map(Vec::len).sum();
    let mut sources: Vec<std::vec::IntoIter<Event>> = streams.into_iter().map(Vec::into_iter).collect();
    let mut heads: Vec<Option<Event>> = sources.iter_mut().map(|it| it.next()).collect();
    let mut queue: BTreeSet<(u64, usize)> =
        heads.iter().enumerate().filter_map(|(i, h)| h.as_ref().map(|e| (e.ts, i))).collect();
    let mut merged = Vec::with_capacity(capacity);
    while let Some((_, s)) = queue.pop_first() {
        let ev = heads[s].take().unwrap();
        merged.push(ev);
        heads[s] = sources[s].next();
        if let Some(next) = heads[s].as_ref() {
            queue.insert((next.ts, s));
        }
    }
    merged
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut left = 0; // first event that may still be a failure inside the window
    let mut right = 0; // first event after the window
    let mut inside = 0usize; // failures in timeline[left..right]
    let mut found = Vec::new();
    for ev in timeline {
        let Kind::Metric { name, value } = &ev.kind else { continue };
        if *value < threshold {
            continue;
        }
        let upper = ev.ts.saturating_add(window);
        while right < timeline.len() && timeline[right].ts <= upper {
            if is_failure(&timeline[right]) {
                inside += 1;
            }
            right += 1;
        }
        let lower = ev.ts.saturating_sub(window);
        while left < right && timeline[left].ts < lower {
            if is_failure(&timeline[left]) {
                inside -= 1;
            }
            left += 1;
        }
        if inside > 0 {
            found.push(Spike { ts: ev.ts, metric: name.clone(), value: *value, failures: inside });
        }
    }
    found
}
