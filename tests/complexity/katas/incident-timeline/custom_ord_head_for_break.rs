// learner: optimal
// idiom: embedded-ish: BinaryHeap of a custom Head struct with hand-written reversed Ord, streams drained through IntoIter slots, for-with-break two pointers over failure times
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

use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(PartialEq, Eq)]
struct Head {
    ts: u64,
    src: usize,
}

impl Ord for Head {
    fn cmp(&self, o: &Self) -> Ordering {
        // reversed: BinaryHeap is a max-heap, we want smallest (ts, src) on top
        o.ts.cmp(&self.ts).then(o.src.cmp(&self.src))
    }
}

impl PartialOrd for Head {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut n = 0;
    let mut its = Vec::with_capacity(streams.len());
    let mut pq = BinaryHeap::with_capacity(streams.len());
    let mut idx = 0;
    for s in streams {
        n += s.len();
        if let Some(e) = s.first() {
            pq.push(Head { ts: e.ts, src: idx });
        }
        its.push(s.into_iter());
        idx += 1;
    }
    let mut out = Vec::with_capacity(n);
    while let Some(Head { src, .. }) = pq.pop() {
        let it = &mut its[src];
        let e = it.next().expect("heap entry without event");
        out.push(e);
        if let Some(nx) = it.as_slice().first() {
            pq.push(Head { ts: nx.ts, src });
        }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut fails: Vec<u64> = Vec::new();
    for e in timeline {
        match e.kind {
            Kind::Failure(_) => fails.push(e.ts),
            _ => {}
        }
    }
    let mut res = Vec::new();
    let mut past = 0usize; // first failure >= ts - window
    let mut upto = 0usize; // first failure > ts + window
    for e in timeline {
        let Kind::Metric { name, value } = &e.kind else { continue };
        if *value < threshold {
            continue;
        }
        let from = e.ts.saturating_sub(window);
        let to = e.ts.saturating_add(window);
        for &f in &fails[past..] {
            if f >= from {
                break;
            }
            past += 1;
        }
        if upto < past {
            upto = past;
        }
        for &f in &fails[upto..] {
            if f > to {
                break;
            }
            upto += 1;
        }
        if upto > past {
            res.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: upto - past });
        }
    }
    res
}
