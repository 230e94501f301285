// learner: optimal
// idiom: hand-rolled array min-heap of stream indices keyed by (head ts, index) with sift-down loops (heapify + pop/replace), Option<Event> head slots, for-with-break two pointers
//! Merge log streams into one incident timeline and correlate spikes with failures: see README.md.

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

fn key(hd: &[Option<Event>], i: usize) -> (u64, usize) {
    (hd[i].as_ref().map_or(u64::MAX, |e| e.ts), i)
}

fn down(h: &mut [usize], hd: &[Option<Event>], mut i: usize) {
    let n = h.len();
    loop {
        let (l, r) = (2 * i + 1, 2 * i + 2);
        let mut m = i;
        if l < n && key(hd, h[l]) < key(hd, h[m]) {
            m = l;
        }
        if r < n && key(hd, h[r]) < key(hd, h[m]) {
            m = r;
        }
        if m == i {
            break;
        }
        h.swap(i, m);
        i = m;
    }
}

/// Merges streams that are each sorted by `ts` into one sorted timeline. Equal timestamps keep
/// the order of the stream index, then the order inside the stream.
/// O(N log k) time for N events in k streams; O(k) extra space besides the output.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut tot = 0usize;
    for s in &streams {
        tot += s.len();
    }
    let mut its: Vec<std::vec::IntoIter<Event>> = Vec::with_capacity(streams.len());
    let mut hd: Vec<Option<Event>> = Vec::with_capacity(streams.len());
    let mut h: Vec<usize> = Vec::with_capacity(streams.len());
    for s in streams {
        let mut it = s.into_iter();
        let first = it.next();
        let i = hd.len();
        if first.is_some() {
            h.push(i);
        }
        hd.push(first);
        its.push(it);
    }
    let mut i = h.len() / 2;
    while i > 0 {
        i -= 1;
        down(&mut h, &hd, i);
    }
    let mut out = Vec::with_capacity(tot);
    while !h.is_empty() {
        let s = h[0];
        out.push(hd[s].take().unwrap());
        hd[s] = its[s].next();
        if hd[s].is_none() {
            let last = h.len() - 1;
            h.swap(0, last);
            h.pop();
        }
        if !h.is_empty() {
            down(&mut h, &hd, 0);
        }
    }
    out
}

/// For every metric event with `value >= threshold` (in timeline order), counts the failures
/// within `window` ms on either side (inclusive) and reports the spike if there is at least one.
/// `timeline` must be sorted by `ts`. O(N) time, O(F) extra space for F failures.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let f: Vec<u64> = timeline
        .iter()
        .filter(|e| matches!(e.kind, Kind::Failure(_)))
        .map(|e| e.ts)
        .collect();
    let mut lo = 0usize;
    let mut hi = 0usize;
    let mut res = Vec::new();
    for e in timeline {
        let (nm, v) = match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => (name, *value),
            _ => continue,
        };
        let a = e.ts.saturating_sub(window);
        let b = e.ts.saturating_add(window);
        for &t in &f[lo..] {
            if t >= a {
                break;
            }
            lo += 1;
        }
        hi = hi.max(lo);
        for &t in &f[hi..] {
            if t > b {
                break;
            }
            hi += 1;
        }
        if hi > lo {
            res.push(Spike { ts: e.ts, metric: nm.clone(), value: v, failures: hi - lo });
        }
    }
    res
}
