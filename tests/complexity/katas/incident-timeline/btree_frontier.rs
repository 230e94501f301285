// learner: optimal
// idiom: BTreeMap keyed by (ts, stream) as the priority queue, pop_first; for-with-break two pointers over failure times
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

use std::collections::BTreeMap;

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut sources: Vec<std::vec::IntoIter<Event>> = streams.into_iter().map(Vec::into_iter).collect();
    let mut frontier: BTreeMap<(u64, usize), Event> = BTreeMap::new();
    for (idx, src) in sources.iter_mut().enumerate() {
        if let Some(ev) = src.next() {
            frontier.insert((ev.ts, idx), ev);
        }
    }
    let mut timeline = Vec::new();
    while let Some(((_, idx), ev)) = frontier.pop_first() {
        timeline.push(ev);
        if let Some(next) = sources[idx].next() {
            frontier.insert((next.ts, idx), next);
        }
    }
    timeline
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let failure_times: Vec<u64> = timeline
        .iter()
        .filter_map(|ev| match ev.kind {
            Kind::Failure(_) => Some(ev.ts),
            _ => None,
        })
        .collect();
    let mut past = 0usize; // failures before the window
    let mut upto = 0usize; // failures up to the window's end
    let mut found = vec![];
    for ev in timeline {
        let (name, value) = match &ev.kind {
            Kind::Metric { name, value } if *value >= threshold => (name, *value),
            _ => continue,
        };
        let start = ev.ts.saturating_sub(window);
        let end = ev.ts.saturating_add(window);
        for &f in &failure_times[past..] {
            if f >= start {
                break;
            }
            past += 1;
        }
        upto = upto.max(past);
        for &f in &failure_times[upto..] {
            if f > end {
                break;
            }
            upto += 1;
        }
        let count = upto - past;
        if count > 0 {
            found.push(Spike { ts: ev.ts, metric: name.to_string(), value, failures: count });
        }
    }
    found
}
