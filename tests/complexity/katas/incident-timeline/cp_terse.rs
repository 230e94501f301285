// learner: optimal
// idiom: competitive programmer: tuple min-heap, Vec of IntoIter, short names, two-pointer while loops
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// What happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// An ordinary log line.
    Log(String),
    /// A failed request, job or health check.
    Failure(String),
    /// A metric sample.
    Metric { name: String, value: u64 },
}

/// One timestamped event from one stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Milliseconds since the epoch.
    pub ts: u64,
    pub kind: Kind,
}

/// A metric sample at or above the threshold with failures close to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spike {
    pub ts: u64,
    pub metric: String,
    pub value: u64,
    /// Failures with `|failure.ts - ts| <= window`.
    pub failures: usize,
}

pub fn merge_streams(s: Vec<Vec<Event>>) -> Vec<Event> {
    let n: usize = s.iter().map(|v| v.len()).sum();
    let mut it: Vec<_> = s.into_iter().map(|v| v.into_iter()).collect();
    let mut hd: Vec<Option<Event>> = it.iter_mut().map(|x| x.next()).collect();
    let mut h: BinaryHeap<Reverse<(u64, usize)>> =
        hd.iter().enumerate().filter_map(|(i, e)| e.as_ref().map(|e| Reverse((e.ts, i)))).collect();
    let mut r = Vec::with_capacity(n);
    while let Some(Reverse((_, i))) = h.pop() {
        r.push(hd[i].take().unwrap());
        if let Some(e) = it[i].next() {
            h.push(Reverse((e.ts, i)));
            hd[i] = Some(e);
        }
    }
    r
}

pub fn coinciding_spikes(t: &[Event], th: u64, w: u64) -> Vec<Spike> {
    let f: Vec<u64> = t.iter().filter(|e| matches!(e.kind, Kind::Failure(_))).map(|e| e.ts).collect();
    let (mut l, mut h) = (0, 0);
    let mut r = vec![];
    for e in t {
        if let Kind::Metric { name, value } = &e.kind {
            if *value < th { continue; }
            let (a, b) = (e.ts.saturating_sub(w), e.ts.saturating_add(w));
            while l < f.len() && f[l] < a { l += 1; }
            while h < f.len() && f[h] <= b { h += 1; }
            if h > l { r.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: h - l }); }
        }
    }
    r
}
