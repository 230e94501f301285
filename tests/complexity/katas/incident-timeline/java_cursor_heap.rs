// learner: optimal
// idiom: Java-ish: StreamCursor class with getters over Peekable iterators, BinaryHeap of Reverse((ts, index)), while-loop two pointers with early continue
#![allow(non_snake_case)]
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::iter::Peekable;
use std::vec::IntoIter;

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

struct StreamCursor {
    events: Peekable<IntoIter<Event>>,
}

impl StreamCursor {
    fn new(events: Vec<Event>) -> StreamCursor {
        StreamCursor { events: events.into_iter().peekable() }
    }

    fn getHeadTimestamp(&mut self) -> Option<u64> {
        match self.events.peek() {
            Some(e) => Some(e.ts),
            None => None,
        }
    }

    fn takeHead(&mut self) -> Option<Event> {
        self.events.next()
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut totalSize = 0;
    for s in &streams {
        totalSize += s.len();
    }
    let mut result: Vec<Event> = Vec::with_capacity(totalSize);
    let mut cursors: Vec<StreamCursor> = Vec::new();
    for s in streams {
        cursors.push(StreamCursor::new(s));
    }
    let mut heap: BinaryHeap<Reverse<(u64, usize)>> = BinaryHeap::new();
    for index in 0..cursors.len() {
        if let Some(ts) = cursors[index].getHeadTimestamp() {
            heap.push(Reverse((ts, index)));
        }
    }
    while let Some(Reverse((_ts, index))) = heap.pop() {
        let cursor = &mut cursors[index];
        let event = match cursor.takeHead() {
            Some(e) => e,
            None => continue,
        };
        result.push(event);
        if let Some(nextTs) = cursor.getHeadTimestamp() {
            heap.push(Reverse((nextTs, index)));
        }
    }
    result
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut failureTimes: Vec<u64> = Vec::new();
    for event in timeline {
        if let Kind::Failure(_) = event.kind {
            failureTimes.push(event.ts);
        }
    }
    let mut spikes: Vec<Spike> = Vec::new();
    if failureTimes.is_empty() {
        return spikes;
    }
    let mut low = 0usize;
    let mut high = 0usize;
    for event in timeline {
        let (name, value) = match &event.kind {
            Kind::Metric { name, value } => (name, *value),
            _ => continue,
        };
        if value < threshold {
            continue;
        }
        let from = event.ts.saturating_sub(window);
        let to = event.ts.saturating_add(window);
        while low < failureTimes.len() && failureTimes[low] < from {
            low += 1;
        }
        if high < low {
            high = low;
        }
        while high < failureTimes.len() && failureTimes[high] <= to {
            high += 1;
        }
        let count = high - low;
        if count == 0 {
            continue;
        }
        spikes.push(Spike { ts: event.ts, metric: name.clone(), value, failures: count });
    }
    spikes
}
