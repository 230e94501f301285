// learner: optimal
// idiom: hobbyist BinaryHeap of Reverse tuples, Vec of into_iter cursors, explicit while loops and lots of temporaries
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
use std::collections::BinaryHeap;

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut total = 0;
    for s in &streams {
        total += s.len();
    }
    let mut cursors = Vec::new();
    for s in streams {
        cursors.push(s.into_iter());
    }
    // (timestamp, stream number) -> smallest first thanks to Reverse
    let mut heap = BinaryHeap::new();
    let mut waiting: Vec<Option<Event>> = Vec::new();
    for i in 0..cursors.len() {
        let first = cursors[i].next();
        if let Some(ev) = &first {
            heap.push(Reverse((ev.ts, i)));
        }
        waiting.push(first);
    }
    let mut result = Vec::with_capacity(total);
    while let Some(Reverse((_ts, which))) = heap.pop() {
        let ev = waiting[which].take().unwrap();
        result.push(ev);
        let next_one = cursors[which].next();
        if let Some(n) = &next_one {
            heap.push(Reverse((n.ts, which)));
        }
        waiting[which] = next_one;
    }
    result
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut failure_times: Vec<u64> = Vec::new();
    for ev in timeline {
        if let Kind::Failure(_) = ev.kind {
            failure_times.push(ev.ts);
        }
    }
    let mut spikes = Vec::new();
    let mut left = 0;
    let mut right = 0;
    for ev in timeline {
        let (name, value) = match &ev.kind {
            Kind::Metric { name, value } => (name, *value),
            _ => continue,
        };
        if value < threshold {
            continue;
        }
        let earliest = ev.ts.saturating_sub(window);
        let latest = ev.ts.saturating_add(window);
        while left < failure_times.len() && failure_times[left] < earliest {
            left += 1;
        }
        if right < left {
            right = left;
        }
        while right < failure_times.len() && failure_times[right] <= latest {
            right += 1;
        }
        let count = right - left;
        if count > 0 {
            let spike = Spike { ts: ev.ts, metric: name.clone(), value: value, failures: count };
            spikes.push(spike);
        }
    }
    spikes
}
