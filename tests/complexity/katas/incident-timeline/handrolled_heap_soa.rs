// learner: optimal
// idiom: C++-style: hand-rolled binary min-heap of stream ids keyed by (ts, id) with sift loops; failure timestamps in a flat Vec<u64> swept by lo/hi indices
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

/// Heap of stream ids; the key of a stream is (ts of its head, id).
struct HeadHeap {
    ids: Vec<u32>,
    key_ts: Vec<u64>, // indexed by stream id
}

impl HeadHeap {
    #[inline]
    fn less(&self, a: u32, b: u32) -> bool {
        let (ta, tb) = (self.key_ts[a as usize], self.key_ts[b as usize]);
        ta < tb || (ta == tb && a < b)
    }

    fn sift_up(&mut self, mut i: usize) {
        while i > 0 {
            let p = (i - 1) >> 1;
            if self.less(self.ids[i], self.ids[p]) {
                self.ids.swap(i, p);
                i = p;
            } else {
                break;
            }
        }
    }

    fn sift_down(&mut self, mut i: usize) {
        let n = self.ids.len();
        loop {
            let l = (i << 1) + 1;
            if l >= n {
                break;
            }
            let r = l + 1;
            let mut m = l;
            if r < n && self.less(self.ids[r], self.ids[l]) {
                m = r;
            }
            if self.less(self.ids[m], self.ids[i]) {
                self.ids.swap(m, i);
                i = m;
            } else {
                break;
            }
        }
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let k = streams.len();
    let mut total = 0usize;
    for s in &streams {
        total += s.len();
    }
    let mut out: Vec<Event> = Vec::with_capacity(total);
    let mut iters: Vec<std::vec::IntoIter<Event>> = Vec::with_capacity(k);
    let mut heads: Vec<Option<Event>> = Vec::with_capacity(k);
    let mut heap = HeadHeap { ids: Vec::with_capacity(k), key_ts: vec![0; k] };
    for (id, s) in streams.into_iter().enumerate() {
        let mut it = s.into_iter();
        let head = it.next();
        if let Some(e) = &head {
            heap.key_ts[id] = e.ts;
            heap.ids.push(id as u32);
            let last = heap.ids.len() - 1;
            heap.sift_up(last);
        }
        heads.push(head);
        iters.push(it);
    }
    while !heap.ids.is_empty() {
        let id = heap.ids[0] as usize;
        let ev = heads[id].take().unwrap();
        out.push(ev);
        match iters[id].next() {
            Some(e) => {
                heap.key_ts[id] = e.ts;
                heads[id] = Some(e);
                heap.sift_down(0);
            }
            None => {
                let last = heap.ids.pop().unwrap();
                if !heap.ids.is_empty() {
                    heap.ids[0] = last;
                    heap.sift_down(0);
                }
            }
        }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut fail_ts: Vec<u64> = Vec::new();
    for e in timeline {
        if let Kind::Failure(_) = e.kind {
            fail_ts.push(e.ts);
        }
    }
    let nf = fail_ts.len();
    let mut lo = 0usize;
    let mut hi = 0usize;
    let mut out = Vec::new();
    for e in timeline {
        let (name, value) = match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => (name, *value),
            _ => continue,
        };
        let from = e.ts.saturating_sub(window);
        let to = e.ts.saturating_add(window);
        while lo < nf && fail_ts[lo] < from {
            lo += 1;
        }
        if hi < lo {
            hi = lo;
        }
        while hi < nf && fail_ts[hi] <= to {
            hi += 1;
        }
        if hi > lo {
            out.push(Spike { ts: e.ts, metric: name.clone(), value, failures: hi - lo });
        }
    }
    out
}
