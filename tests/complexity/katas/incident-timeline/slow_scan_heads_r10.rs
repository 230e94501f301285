// learner: slow
// why: merge_streams is O(N k) time, target O(N log k): every output event scans all k stream heads for the smallest
/// What happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Log(String),
    Failure(String),
    Metric { name: String, value: u64 },
}

/// One timestamped event from one stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub ts: u64,
    pub kind: Kind,
}

/// A metric sample at or above the threshold with failures close to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spike {
    pub ts: u64,
    pub metric: String,
    pub value: u64,
    pub failures: usize,
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total: usize = streams.iter().map(|s| s.len()).sum();
    let mut iters: Vec<std::iter::Peekable<std::vec::IntoIter<Event>>> =
        streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut out = Vec::with_capacity(total);
    loop {
        let mut best: Option<(u64, usize)> = None;
        for i in 0..iters.len() {
            if let Some(e) = iters[i].peek() {
                // strict < keeps the lower stream index on ties
                if best.map_or(true, |(ts, _)| e.ts < ts) {
                    best = Some((e.ts, i));
                }
            }
        }
        match best {
            Some((_, i)) => out.push(iters[i].next().unwrap()),
            None => break,
        }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline
        .iter()
        .filter_map(|e| if let Kind::Failure(_) = e.kind { Some(e.ts) } else { None })
        .collect();
    let mut lo = 0;
    let mut hi = 0;
    let mut spikes = Vec::new();
    for e in timeline {
        match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => {
                while lo < fails.len() && fails[lo] < e.ts.saturating_sub(window) {
                    lo += 1;
                }
                if hi < lo {
                    hi = lo;
                }
                while hi < fails.len() && fails[hi] <= e.ts.saturating_add(window) {
                    hi += 1;
                }
                if hi - lo > 0 {
                    spikes.push(Spike { ts: e.ts, metric: name.to_string(), value: *value, failures: hi - lo });
                }
            }
            _ => {}
        }
    }
    spikes
}
