// learner: optimal
// idiom: Janet: winner tree over a flat array (tournament, replay one leaf-to-root path per event); spikes counted with `each`-style for loops that break and resume
//! Merge log streams into one incident timeline, then correlate spikes with failures.

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


// A tournament: leaves are the streams, each inner node remembers which stream
// won below it. After emitting the champion only its path to the root is replayed.
const NONE: usize = usize::MAX;

struct Tourney {
    size: usize,       // number of leaves, a power of two
    win: Vec<usize>,   // win[node] = stream index, or NONE
}

fn better(a: usize, b: usize, heads: &[Option<Event>]) -> usize {
    match (a, b) {
        (NONE, _) => b,
        (_, NONE) => a,
        _ => {
            let ta = heads[a].as_ref().map(|e| e.ts);
            let tb = heads[b].as_ref().map(|e| e.ts);
            match (ta, tb) {
                (None, _) => b,
                (_, None) => a,
                (Some(x), Some(y)) => {
                    if (x, a) <= (y, b) {
                        a
                    } else {
                        b
                    }
                }
            }
        }
    }
}

impl Tourney {
    fn build(k: usize, heads: &[Option<Event>]) -> Tourney {
        let mut size = 1;
        while size < k {
            size *= 2;
        }
        let mut win = vec![NONE; 2 * size];
        for i in 0..k {
            if heads[i].is_some() {
                win[size + i] = i;
            }
        }
        let mut n = size;
        while n > 1 {
            n -= 1;
            win[n] = better(win[2 * n], win[2 * n + 1], heads);
        }
        Tourney { size, win }
    }

    fn replay(&mut self, leaf: usize, heads: &[Option<Event>]) {
        let mut n = self.size + leaf;
        self.win[n] = if heads[leaf].is_some() { leaf } else { NONE };
        while n > 1 {
            n /= 2;
            self.win[n] = better(self.win[2 * n], self.win[2 * n + 1], heads);
        }
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let k = streams.len();
    if k == 0 {
        return Vec::new();
    }
    let total: usize = streams.iter().map(|s| s.len()).sum();
    let mut out = Vec::with_capacity(total);
    let mut rest: Vec<std::vec::IntoIter<Event>> = Vec::with_capacity(k);
    let mut heads: Vec<Option<Event>> = Vec::with_capacity(k);
    for s in streams {
        let mut it = s.into_iter();
        heads.push(it.next());
        rest.push(it);
    }
    let mut t = Tourney::build(k, &heads);
    loop {
        let champ = t.win[1];
        if champ == NONE {
            break;
        }
        let ev = heads[champ].take().unwrap();
        out.push(ev);
        heads[champ] = rest[champ].next();
        t.replay(champ, &heads);
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline
        .iter()
        .filter(|e| matches!(e.kind, Kind::Failure(_)))
        .map(|e| e.ts)
        .collect();

    let mut out = Vec::new();
    let mut past = 0usize; // failures strictly before the window start
    let mut upto = 0usize; // failures at or before the window end
    for ev in timeline {
        if let Kind::Metric { name, value } = &ev.kind {
            if *value < threshold {
                continue;
            }
            let start = ev.ts.saturating_sub(window);
            let end = ev.ts.saturating_add(window);
            for &f in &fails[past..] {
                if f >= start {
                    break;
                }
                past += 1;
            }
            if upto < past {
                upto = past;
            }
            for &f in &fails[upto..] {
                if f > end {
                    break;
                }
                upto += 1;
            }
            if upto > past {
                out.push(Spike { ts: ev.ts, metric: name.clone(), value: *value, failures: upto - past });
            }
        }
    }
    out
}
