// learner: optimal
// idiom: beginner Ord-impl struct in BinaryHeap, VecDeque streams with pop_front, while-loop pointers, explicit returns
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

use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::collections::VecDeque;

#[derive(PartialEq, Eq)]
struct Head {
    ts: u64,
    stream: usize,
}

// BinaryHeap is a max-heap, so reverse the comparison to get the smallest first
impl Ord for Head {
    fn cmp(&self, other: &Self) -> Ordering {
        if self.ts != other.ts {
            return other.ts.cmp(&self.ts);
        }
        return other.stream.cmp(&self.stream);
    }
}

impl PartialOrd for Head {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        return Some(self.cmp(other));
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut queues: Vec<VecDeque<Event>> = Vec::new();
    let mut total = 0;
    for s in streams {
        total = total + s.len();
        queues.push(VecDeque::from(s));
    }
    let mut heap = BinaryHeap::new();
    for i in 0..queues.len() {
        if queues[i].len() > 0 {
            heap.push(Head { ts: queues[i][0].ts, stream: i });
        }
    }
    let mut result = Vec::with_capacity(total);
    while heap.len() > 0 {
        let top = heap.pop().unwrap();
        let ev = queues[top.stream].pop_front().unwrap();
        result.push(ev);
        if queues[top.stream].len() > 0 {
            let next_ts = queues[top.stream][0].ts;
            heap.push(Head { ts: next_ts, stream: top.stream });
        }
    }
    return result;
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut failure_ts: Vec<u64> = Vec::new();
    for e in timeline {
        match e.kind {
            Kind::Failure(_) => failure_ts.push(e.ts),
            _ => {}
        }
    }
    let mut result = Vec::new();
    let mut left = 0;
    let mut right = 0;
    for e in timeline {
        let (name, value) = match &e.kind {
            Kind::Metric { name, value } => (name.clone(), *value),
            _ => continue,
        };
        if value < threshold {
            continue;
        }
        let start = e.ts.saturating_sub(window);
        let end = e.ts.saturating_add(window);
        while left < failure_ts.len() && failure_ts[left] < start {
            left = left + 1;
        }
        if right < left {
            right = left;
        }
        while right < failure_ts.len() && failure_ts[right] <= end {
            right = right + 1;
        }
        let count = right - left;
        if count > 0 {
            result.push(Spike { ts: e.ts, metric: name, value: value, failures: count });
        }
    }
    return result;
}
