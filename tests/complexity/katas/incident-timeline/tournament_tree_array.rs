// learner: optimal
// idiom: Chapel-style winner tournament tree in a preallocated power-of-two array, index arithmetic, counted preallocation of the failure buffer
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

use std::cmp::Reverse;

const NONE: usize = usize::MAX;

/// Winner tree over `k` leaves: tree[m + s] = s (or NONE if stream s is exhausted),
/// tree[p] = winner of tree[2p], tree[2p+1]. Comparison key (ts, stream index).
struct Tournament {
    m: usize,
    tree: Vec<usize>,
    head_ts: Vec<u64>,
}

impl Tournament {
    fn better(&self, a: usize, b: usize) -> usize {
        if a == NONE {
            return b;
        }
        if b == NONE {
            return a;
        }
        if (self.head_ts[a], a) <= (self.head_ts[b], b) { a } else { b }
    }

    fn replay(&mut self, s: usize) {
        let mut p = (self.m + s) / 2;
        while p >= 1 {
            self.tree[p] = self.better(self.tree[2 * p], self.tree[2 * p + 1]);
            p /= 2;
        }
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let k = streams.len();
    let mut total = 0usize;
    for s in 0..k {
        total += streams[s].len();
    }
    let mut out: Vec<Event> = Vec::with_capacity(total);
    if k == 0 {
        return out;
    }
    let mut m = 1usize;
    while m < k {
        m *= 2;
    }
    let mut cursors: Vec<std::vec::IntoIter<Event>> = Vec::with_capacity(k);
    let mut heads: Vec<Option<Event>> = Vec::with_capacity(k);
    let mut t = Tournament { m, tree: vec![NONE; 2 * m], head_ts: vec![0; k] };
    for (s, stream) in streams.into_iter().enumerate() {
        let mut it = stream.into_iter();
        let h = it.next();
        if let Some(e) = &h {
            t.head_ts[s] = e.ts;
            t.tree[m + s] = s;
        }
        heads.push(h);
        cursors.push(it);
    }
    let mut p = m - 1;
    while p >= 1 {
        t.tree[p] = t.better(t.tree[2 * p], t.tree[2 * p + 1]);
        p -= 1;
    }
    loop {
        let w = if m == 1 { t.tree[m] } else { t.tree[1] };
        if w == NONE {
            break;
        }
        out.push(heads[w].take().unwrap());
        match cursors[w].next() {
            Some(e) => {
                t.head_ts[w] = e.ts;
                heads[w] = Some(e);
            }
            None => t.tree[m + w] = NONE,
        }
        if m > 1 {
            t.replay(w);
        }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let n = timeline.len();
    let mut nf = 0usize;
    for i in 0..n {
        if let Kind::Failure(_) = timeline[i].kind {
            nf += 1;
        }
    }
    let mut fail_ts: Vec<u64> = vec![0; nf];
    let mut f = 0usize;
    for i in 0..n {
        if let Kind::Failure(_) = timeline[i].kind {
            fail_ts[f] = timeline[i].ts;
            f += 1;
        }
    }
    let mut spikes = Vec::new();
    let (mut lo, mut hi) = (0usize, 0usize);
    for i in 0..n {
        let e = &timeline[i];
        if let Kind::Metric { name, value } = &e.kind {
            if *value >= threshold {
                let a = e.ts.saturating_sub(window);
                let b = e.ts.saturating_add(window);
                while lo < nf && fail_ts[lo] < a {
                    lo += 1;
                }
                if hi < lo {
                    hi = lo;
                }
                while hi < nf && fail_ts[hi] <= b {
                    hi += 1;
                }
                if hi - lo > 0 {
                    spikes.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: hi - lo });
                }
            }
        }
    }
    spikes
}
