// learner: optimal
// idiom: defensive beginner: explicit matches, early returns, mem::take to move events out, extra checks
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::mem;

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
    if streams.is_empty() {
        return Vec::new();
    }
    let mut streams = streams;
    let mut total = 0;
    for s in &streams {
        total += s.len();
    }
    let mut out: Vec<Event> = Vec::with_capacity(total);
    if streams.len() == 1 {
        let only = mem::take(&mut streams[0]);
        return only;
    }
    // position of the next event to take from each stream
    let mut pos: Vec<usize> = vec![0; streams.len()];
    let mut heap = BinaryHeap::new();
    for (i, s) in streams.iter().enumerate() {
        match s.first() {
            Some(e) => heap.push(Reverse((e.ts, i))),
            None => {}
        }
    }
    loop {
        let top = match heap.pop() {
            Some(Reverse(t)) => t,
            None => break,
        };
        let i = top.1;
        let p = pos[i];
        if p >= streams[i].len() {
            continue;
        }
        let ev = mem::replace(
            &mut streams[i][p],
            Event { ts: 0, kind: Kind::Log(String::new()) },
        );
        out.push(ev);
        pos[i] = p + 1;
        if pos[i] < streams[i].len() {
            let ts = streams[i][pos[i]].ts;
            heap.push(Reverse((ts, i)));
        }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut result = Vec::new();
    if timeline.is_empty() {
        return result;
    }
    let mut failure_times: Vec<u64> = Vec::new();
    for e in timeline {
        match &e.kind {
            Kind::Failure(_) => failure_times.push(e.ts),
            _ => {}
        }
    }
    if failure_times.is_empty() {
        return result;
    }
    let mut lo = 0usize;
    let mut hi = 0usize;
    for e in timeline {
        let (name, value) = match &e.kind {
            Kind::Metric { name, value } => (name, *value),
            _ => continue,
        };
        if value < threshold {
            continue;
        }
        let earliest = e.ts.saturating_sub(window);
        let latest = e.ts.saturating_add(window);
        while lo < failure_times.len() && failure_times[lo] < earliest {
            lo += 1;
        }
        if hi < lo {
            hi = lo;
        }
        while hi < failure_times.len() && failure_times[hi] <= latest {
            hi += 1;
        }
        let count = hi - lo;
        if count == 0 {
            continue;
        }
        result.push(Spike { ts: e.ts, metric: name.clone(), value, failures: count });
    }
    result
}
