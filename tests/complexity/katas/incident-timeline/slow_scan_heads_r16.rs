// learner: slow
// why: merge_streams is O(N k) time, target O(N log k): every output event scans all k stream heads for the minimum
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
    let k = streams.len();
    let mut pos = vec![0usize; k];
    let mut out = Vec::new();
    loop {
        let mut best: Option<usize> = None;
        for s in 0..k {
            if pos[s] < streams[s].len() {
                match best {
                    None => best = Some(s),
                    Some(b) if streams[s][pos[s]].ts < streams[b][pos[b]].ts => best = Some(s),
                    _ => {}
                }
            }
        }
        match best {
            Some(b) => {
                out.push(streams[b][pos[b]].clone());
                pos[b] += 1;
            }
            None => return out,
        }
    }
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline
        .iter()
        .filter_map(|e| if let Kind::Failure(_) = e.kind { Some(e.ts) } else { None })
        .collect();
    let mut lo = 0;
    let mut hi = 0;
    let mut res = Vec::new();
    for e in timeline {
        if let Kind::Metric { name, value } = &e.kind {
            if *value >= threshold {
                while lo < fails.len() && fails[lo] < e.ts.saturating_sub(window) {
                    lo += 1;
                }
                while hi < fails.len() && fails[hi] <= e.ts.saturating_add(window) {
                    hi += 1;
                }
                if hi > lo {
                    res.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: hi - lo });
                }
            }
        }
    }
    res
}
