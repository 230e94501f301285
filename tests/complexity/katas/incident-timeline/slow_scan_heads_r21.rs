// learner: slow
// why: merge_streams is O(N k) time, target O(N log k): every output event linearly scans all k stream heads for the minimum

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
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let k = streams.len();
    let mut pos: Vec<usize> = vec![0; k];
    let mut total = 0usize;
    for s in 0..k {
        total += streams[s].len();
    }
    let mut slots: Vec<Vec<Option<Event>>> =
        streams.into_iter().map(|v| v.into_iter().map(Some).collect()).collect();
    let mut out = Vec::with_capacity(total);
    for _ in 0..total {
        // pick the stream whose head has the smallest ts (lowest index wins ties)
        let mut best = usize::MAX;
        let mut best_ts = u64::MAX;
        for s in 0..k {
            if pos[s] < slots[s].len() {
                let t = slots[s][pos[s]].as_ref().unwrap().ts;
                if best == usize::MAX || t < best_ts {
                    best = s;
                    best_ts = t;
                }
            }
        }
        out.push(slots[best][pos[best]].take().unwrap());
        pos[best] += 1;
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut f: Vec<u64> = Vec::new();
    for e in timeline {
        if let Kind::Failure(_) = e.kind {
            f.push(e.ts);
        }
    }
    let (mut lo, mut hi) = (0usize, 0usize);
    let mut res = Vec::new();
    for e in timeline {
        if let Kind::Metric { name, value } = &e.kind {
            if *value < threshold {
                continue;
            }
            let a = e.ts.saturating_sub(window);
            let b = e.ts.saturating_add(window);
            while lo < f.len() && f[lo] < a {
                lo += 1;
            }
            hi = hi.max(lo);
            while hi < f.len() && f[hi] <= b {
                hi += 1;
            }
            if hi > lo {
                res.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: hi - lo });
            }
        }
    }
    res
}
