// learner: optimal
// idiom: hand-rolled binary min-heap of stream indices (sift up/down in a Vec), cursor array, slice iterators advance the pointers
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

/// A min-heap of stream indices keyed by (head ts, index), written by hand.
struct IndexHeap {
    slots: Vec<usize>,
}

impl IndexHeap {
    fn less(key: &dyn Fn(usize) -> (u64, usize), a: usize, b: usize) -> bool {
        key(a) < key(b)
    }

    fn push(&mut self, s: usize, key: &dyn Fn(usize) -> (u64, usize)) {
        self.slots.push(s);
        let mut i = self.slots.len() - 1;
        while i > 0 {
            let parent = (i - 1) / 2;
            if !Self::less(key, self.slots[i], self.slots[parent]) {
                break;
            }
            self.slots.swap(i, parent);
            i = parent;
        }
    }

    /// Re-sifts the root after its key changed (or removes it when `gone`).
    fn fix_root(&mut self, gone: bool, key: &dyn Fn(usize) -> (u64, usize)) {
        if gone {
            let last = self.slots.pop().unwrap();
            if self.slots.is_empty() {
                return;
            }
            self.slots[0] = last;
        }
        let n = self.slots.len();
        let mut i = 0;
        loop {
            let (l, r) = (2 * i + 1, 2 * i + 2);
            let mut best = i;
            if l < n && Self::less(key, self.slots[l], self.slots[best]) {
                best = l;
            }
            if r < n && Self::less(key, self.slots[r], self.slots[best]) {
                best = r;
            }
            if best == i {
                return;
            }
            self.slots.swap(i, best);
            i = best;
        }
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total: usize = streams.iter().map(|s| s.len()).sum();
    let lens: Vec<usize> = streams.iter().map(|s| s.len()).collect();
    let mut head_ts: Vec<u64> = streams.iter().map(|s| s.first().map_or(0, |e| e.ts)).collect();
    let mut iters: Vec<std::vec::IntoIter<Event>> = streams.into_iter().map(Vec::into_iter).collect();
    let mut cursor = vec![0usize; iters.len()];
    let mut heap = IndexHeap { slots: Vec::with_capacity(iters.len()) };
    {
        let ts = &head_ts;
        for s in (0..lens.len()).filter(|&s| lens[s] > 0) {
            heap.push(s, &|i| (ts[i], i));
        }
    }
    let mut out = Vec::with_capacity(total);
    while let Some(&s) = heap.slots.first() {
        out.push(iters[s].next().unwrap());
        cursor[s] += 1;
        let gone = cursor[s] == lens[s];
        if !gone {
            head_ts[s] = iters[s].as_slice()[0].ts;
        }
        let ts = &head_ts;
        heap.fix_root(gone, &|i| (ts[i], i));
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline
        .iter()
        .filter_map(|e| match e.kind {
            Kind::Failure(_) => Some(e.ts),
            _ => None,
        })
        .collect();
    let (mut below, mut upto) = (0usize, 0usize);
    timeline
        .iter()
        .filter_map(|e| match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => Some((e.ts, name, *value)),
            _ => None,
        })
        .filter_map(|(ts, name, value)| {
            let from = ts.saturating_sub(window);
            let to = ts.saturating_add(window);
            below += fails[below..].iter().take_while(|&&f| f < from).count();
            upto = upto.max(below);
            upto += fails[upto..].iter().take_while(|&&f| f <= to).count();
            let failures = upto - below;
            (failures > 0).then(|| Spike { ts, metric: name.clone(), value, failures })
        })
        .collect()
}
