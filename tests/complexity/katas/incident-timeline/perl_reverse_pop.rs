// learner: optimal
// idiom: Perl-ish: reverse each stream in place and pop() from the end like a shift queue, heap of Reverse tuples, while loops with manual i/lo/hi counters
use std::cmp::Reverse;
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

pub fn merge_streams(mut streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut h = BinaryHeap::new();
    let mut n = 0;
    let mut s = 0;
    while s < streams.len() {
        n += streams[s].len();
        streams[s].reverse();
        if let Some(e) = streams[s].last() { h.push(Reverse((e.ts, s))); }
        s += 1;
    }
    let mut out = Vec::with_capacity(n);
    while let Some(Reverse((_, s))) = h.pop() {
        out.push(streams[s].pop().unwrap());
        if let Some(e) = streams[s].last() { h.push(Reverse((e.ts, s))); }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut f = Vec::new();
    for e in timeline {
        if let Kind::Failure(_) = e.kind { f.push(e.ts); }
    }
    let (mut lo, mut hi, mut i) = (0usize, 0usize, 0usize);
    let mut out = Vec::new();
    while i < timeline.len() {
        let e = &timeline[i];
        i += 1;
        let (name, v) = match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => (name, *value),
            _ => continue,
        };
        let a = e.ts.saturating_sub(window);
        let b = e.ts.saturating_add(window);
        while lo < f.len() && f[lo] < a { lo += 1; }
        if hi < lo { hi = lo; }
        while hi < f.len() && f[hi] <= b { hi += 1; }
        if hi > lo {
            out.push(Spike { ts: e.ts, metric: name.clone(), value: v, failures: hi - lo });
        }
    }
    out
}
