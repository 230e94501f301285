// learner: optimal
// idiom: Java/C# style: StreamCursor and FailureWindow classes with getters and Option-returning methods
use std::cmp::Ordering;
use std::collections::BinaryHeap;

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

impl Event {
    fn timestamp(&self) -> u64 {
        self.ts
    }
    fn is_failure(&self) -> bool {
        matches!(self.kind, Kind::Failure(_))
    }
    fn as_metric(&self) -> Option<(&str, u64)> {
        match &self.kind {
            Kind::Metric { name, value } => Some((name.as_str(), *value)),
            _ => None,
        }
    }
}

struct HeadEntry {
    ts: u64,
    stream: usize,
}

impl PartialEq for HeadEntry {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for HeadEntry {}
impl PartialOrd for HeadEntry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for HeadEntry {
    fn cmp(&self, other: &Self) -> Ordering {
        // reversed: BinaryHeap is a max-heap, we want the earliest first
        other.ts.cmp(&self.ts).then(other.stream.cmp(&self.stream))
    }
}

struct StreamCursor {
    events: std::vec::IntoIter<Event>,
    head: Option<Event>,
}

impl StreamCursor {
    fn new(events: Vec<Event>) -> Self {
        let mut events = events.into_iter();
        let head = events.next();
        StreamCursor { events, head }
    }
    fn peek_ts(&self) -> Option<u64> {
        self.head.as_ref().map(Event::timestamp)
    }
    fn advance(&mut self) -> Option<Event> {
        let next = self.events.next();
        std::mem::replace(&mut self.head, next)
    }
}

struct FailureWindow {
    times: Vec<u64>,
    lo: usize,
    hi: usize,
}

impl FailureWindow {
    fn from_timeline(timeline: &[Event]) -> Self {
        let times = timeline.iter().filter(|e| e.is_failure()).map(Event::timestamp).collect();
        FailureWindow { times, lo: 0, hi: 0 }
    }
    fn count_around(&mut self, ts: u64, window: u64) -> usize {
        let from = ts.saturating_sub(window);
        let to = ts.saturating_add(window);
        while self.lo < self.times.len() && self.times[self.lo] < from {
            self.lo += 1;
        }
        self.hi = self.hi.max(self.lo);
        while self.hi < self.times.len() && self.times[self.hi] <= to {
            self.hi += 1;
        }
        self.hi - self.lo
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total: usize = streams.iter().map(|s| s.len()).sum();
    let mut cursors: Vec<StreamCursor> = streams.into_iter().map(StreamCursor::new).collect();
    let mut heap = BinaryHeap::with_capacity(cursors.len());
    for (stream, c) in cursors.iter().enumerate() {
        if let Some(ts) = c.peek_ts() {
            heap.push(HeadEntry { ts, stream });
        }
    }
    let mut out = Vec::with_capacity(total);
    while let Some(HeadEntry { stream, .. }) = heap.pop() {
        let cursor = &mut cursors[stream];
        if let Some(ev) = cursor.advance() {
            out.push(ev);
        }
        if let Some(ts) = cursor.peek_ts() {
            heap.push(HeadEntry { ts, stream });
        }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut failures = FailureWindow::from_timeline(timeline);
    let mut spikes = Vec::new();
    for e in timeline {
        if let Some((name, value)) = e.as_metric() {
            if value < threshold {
                continue;
            }
            let n = failures.count_around(e.timestamp(), window);
            if n > 0 {
                spikes.push(Spike { ts: e.ts, metric: name.to_string(), value, failures: n });
            }
        }
    }
    spikes
}
