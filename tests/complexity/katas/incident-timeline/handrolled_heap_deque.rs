// learner: optimal
// idiom: hand-rolled index min-heap over Peekable stream iterators (recursive sift_down), spikes via a VecDeque window fed from a peekable failure iterator
use std::collections::VecDeque;
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

struct StreamHeap {
    streams: Vec<Peekable<IntoIter<Event>>>,
    heap: Vec<usize>,
}

impl StreamHeap {
    fn key(&mut self, s: usize) -> (u64, usize) {
        let ts = self.streams[s].peek().map(|e| e.ts).unwrap_or(u64::MAX);
        (ts, s)
    }

    fn less(&mut self, a: usize, b: usize) -> bool {
        let (x, y) = (self.heap[a], self.heap[b]);
        self.key(x) < self.key(y)
    }

    fn sift_down(&mut self, i: usize) {
        let l = 2 * i + 1;
        let r = l + 1;
        let mut m = i;
        if l < self.heap.len() && self.less(l, m) {
            m = l;
        }
        if r < self.heap.len() && self.less(r, m) {
            m = r;
        }
        if m != i {
            self.heap.swap(i, m);
            self.sift_down(m);
        }
    }

    fn build(streams: Vec<Vec<Event>>) -> Self {
        let streams: Vec<_> = streams.into_iter().map(|v| v.into_iter().peekable()).collect();
        let mut heap: Vec<usize> = Vec::with_capacity(streams.len());
        for (i, s) in streams.iter().enumerate() {
            if s.len() > 0 {
                heap.push(i);
            }
        }
        let mut me = StreamHeap { streams, heap };
        for i in (0..me.heap.len() / 2).rev() {
            me.sift_down(i);
        }
        me
    }

    fn next_event(&mut self) -> Option<Event> {
        let top = *self.heap.first()?;
        let ev = self.streams[top].next()?;
        if self.streams[top].peek().is_none() {
            let last = self.heap.pop().unwrap();
            if !self.heap.is_empty() {
                self.heap[0] = last;
            }
        }
        if !self.heap.is_empty() {
            self.sift_down(0);
        }
        Some(ev)
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total = streams.iter().map(|s| s.len()).sum();
    let mut heap = StreamHeap::build(streams);
    let mut out = Vec::with_capacity(total);
    while let Some(ev) = heap.next_event() {
        out.push(ev);
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
    let mut upcoming = fails.iter().copied().peekable();
    let mut near: VecDeque<u64> = VecDeque::new();

    timeline
        .iter()
        .filter_map(|e| match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => Some((e.ts, name, *value)),
            _ => None,
        })
        .filter_map(|(ts, name, value)| {
            let hi = ts.saturating_add(window);
            while let Some(t) = upcoming.next_if(|&t| t <= hi) {
                near.push_back(t);
            }
            let lo = ts.saturating_sub(window);
            while near.front().is_some_and(|&t| t < lo) {
                near.pop_front();
            }
            (!near.is_empty()).then(|| Spike { ts, metric: name.clone(), value, failures: near.len() })
        })
        .collect()
}
