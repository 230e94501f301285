// learner: slow
// why: merge_streams is O(N k) time, target O(N log k): scans every stream head to find the smallest for each event
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
    let mut positions = vec![0usize; streams.len()];
    let mut result = Vec::new();
    loop {
        // find the stream whose next event is earliest
        let mut best: Option<usize> = None;
        let mut best_ts = 0u64;
        for s in 0..streams.len() {
            let pos = positions[s];
            if pos < streams[s].len() {
                let ts = streams[s][pos].ts;
                if best.is_none() || ts < best_ts {
                    best = Some(s);
                    best_ts = ts;
                }
            }
        }
        match best {
            Some(s) => {
                result.push(streams[s][positions[s]].clone());
                positions[s] += 1;
            }
            None => break,
        }
    }
    result
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut fails = Vec::new();
    for e in timeline {
        if let Kind::Failure(_) = e.kind {
            fails.push(e.ts);
        }
    }
    let mut spikes = Vec::new();
    let mut start = 0;
    let mut end = 0;
    for e in timeline {
        if let Kind::Metric { name, value } = &e.kind {
            if *value >= threshold {
                let low = e.ts.saturating_sub(window);
                let high = e.ts.saturating_add(window);
                while start < fails.len() && fails[start] < low {
                    start += 1;
                }
                if end < start {
                    end = start;
                }
                while end < fails.len() && fails[end] <= high {
                    end += 1;
                }
                let count = end - start;
                if count > 0 {
                    spikes.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: count });
                }
            }
        }
    }
    spikes
}
