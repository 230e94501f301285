// learner: slow
// why: merge_streams is O(N k) time, target O(N log k): each output event scans every stream's head for the minimum
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
    let total: usize = streams.iter().map(|s| s.len()).sum();
    let mut pos = vec![0usize; streams.len()];
    let mut out = Vec::with_capacity(total);
    while out.len() < total {
        let mut best = usize::MAX;
        for s in 0..streams.len() {
            if pos[s] < streams[s].len() {
                if best == usize::MAX || streams[s][pos[s]].ts < streams[best][pos[best]].ts {
                    best = s;
                }
            }
        }
        out.push(streams[best][pos[best]].clone());
        pos[best] += 1;
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline.iter().filter(|e| matches!(e.kind, Kind::Failure(_))).map(|e| e.ts).collect();
    let mut out = Vec::new();
    let (mut lo, mut hi) = (0usize, 0usize);
    for e in timeline {
        let Kind::Metric { name, value } = &e.kind else { continue };
        if *value < threshold {
            continue;
        }
        let from = e.ts.saturating_sub(window);
        let to = e.ts.saturating_add(window);
        while lo < fails.len() && fails[lo] < from {
            lo += 1;
        }
        while hi < fails.len() && fails[hi] <= to {
            hi += 1;
        }
        if hi > lo {
            out.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: hi - lo });
        }
    }
    out
}
