// learner: slow
// why: merge_streams is O(N k) time, target O(N log k): every step scans all k stream heads for the minimum
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
    let total: usize = streams.iter().map(|s| s.len()).sum();
    let mut slots: Vec<Vec<Option<Event>>> =
        streams.into_iter().map(|s| s.into_iter().map(Some).collect()).collect();
    let mut out = Vec::with_capacity(total);
    loop {
        let mut best: Option<usize> = None;
        for s in 0..k {
            if pos[s] < slots[s].len() {
                let ts = slots[s][pos[s]].as_ref().unwrap().ts;
                match best {
                    Some(b) if slots[b][pos[b]].as_ref().unwrap().ts <= ts => {}
                    _ => best = Some(s),
                }
            }
        }
        match best {
            Some(b) => {
                out.push(slots[b][pos[b]].take().unwrap());
                pos[b] += 1;
            }
            None => break,
        }
    }
    out
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
        if let Kind::Metric { name, value } = &e.kind {
            if *value >= threshold {
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
        }
    }
    out
}
