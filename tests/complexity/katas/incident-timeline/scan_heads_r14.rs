// learner: slow
// why: merge_streams is O(N k) time, target O(N log k): every output event scans all k stream heads for the minimum
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

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut pos = vec![0usize; streams.len()];
    let mut out = Vec::new();
    loop {
        // pick the stream whose head is smallest; first one wins ties
        let mut best: Option<usize> = None;
        for (i, s) in streams.iter().enumerate() {
            if pos[i] >= s.len() {
                continue;
            }
            match best {
                Some(b) if streams[b][pos[b]].ts <= s[pos[i]].ts => {}
                _ => best = Some(i),
            }
        }
        let Some(b) = best else { break };
        out.push(streams[b][pos[b]].clone());
        pos[b] += 1;
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline
        .iter()
        .filter_map(|e| match e.kind { Kind::Failure(_) => Some(e.ts), _ => None })
        .collect();
    let (mut lo, mut hi) = (0usize, 0usize);
    timeline
        .iter()
        .filter_map(|e| match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => Some((e.ts, name, *value)),
            _ => None,
        })
        .filter_map(|(ts, name, value)| {
            let (from, to) = (ts.saturating_sub(window), ts.saturating_add(window));
            while hi < fails.len() && fails[hi] <= to {
                hi += 1;
            }
            while lo < hi && fails[lo] < from {
                lo += 1;
            }
            (hi > lo).then(|| Spike { ts, metric: name.clone(), value, failures: hi - lo })
        })
        .collect()
}
