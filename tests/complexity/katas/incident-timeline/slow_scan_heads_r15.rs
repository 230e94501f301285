// learner: slow
// why: merge_streams is O(N*k) time, target O(N log k): each output event scans all k stream heads for the minimum
//! Merge log streams into one incident timeline and correlate spikes with failures: see README.md.

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
    let mut pos = vec![0; streams.len()];
    let mut total = 0;
    for s in &streams {
        total += s.len();
    }
    let mut merged = Vec::with_capacity(total);
    loop {
        // find the stream whose head is smallest; the first one wins ties
        let mut best: Option<usize> = None;
        for i in 0..streams.len() {
            if pos[i] < streams[i].len() {
                match best {
                    None => best = Some(i),
                    Some(b) => {
                        if streams[i][pos[i]].ts < streams[b][pos[b]].ts {
                            best = Some(i);
                        }
                    }
                }
            }
        }
        match best {
            Some(b) => {
                merged.push(streams[b][pos[b]].clone());
                pos[b] += 1;
            }
            None => break,
        }
    }
    merged
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline
        .iter()
        .filter(|e| matches!(e.kind, Kind::Failure(_)))
        .map(|e| e.ts)
        .collect();
    let mut lo = 0;
    let mut hi = 0;
    let mut out = Vec::new();
    for e in timeline {
        let Kind::Metric { name, value } = &e.kind else { continue };
        if *value < threshold {
            continue;
        }
        while lo < fails.len() && fails[lo] < e.ts.saturating_sub(window) {
            lo += 1;
        }
        hi = hi.max(lo);
        while hi < fails.len() && fails[hi] <= e.ts.saturating_add(window) {
            hi += 1;
        }
        if hi > lo {
            out.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: hi - lo });
        }
    }
    out
}
