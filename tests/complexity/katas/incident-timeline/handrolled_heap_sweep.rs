// learner: optimal
// idiom: hand-rolled array min-heap with sift_up/sift_down in an impl block; spikes by sweeping two indices over the timeline itself, O(1) extra
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

/// Min-heap of (ts, stream) keys, hand-rolled over a Vec.
struct HeadHeap {
    slots: Vec<(u64, usize)>,
}

impl HeadHeap {
    fn with_capacity(k: usize) -> Self {
        HeadHeap { slots: Vec::with_capacity(k) }
    }

    fn push(&mut self, key: (u64, usize)) {
        self.slots.push(key);
        let mut i = self.slots.len() - 1;
        while i > 0 {
            let parent = (i - 1) / 2;
            if self.slots[parent] <= self.slots[i] {
                break;
            }
            self.slots.swap(parent, i);
            i = parent;
        }
    }

    fn pop(&mut self) -> Option<(u64, usize)> {
        let last = self.slots.len().checked_sub(1)?;
        self.slots.swap(0, last);
        let top = self.slots.pop();
        let n = self.slots.len();
        let mut i = 0;
        loop {
            let (l, r) = (2 * i + 1, 2 * i + 2);
            let mut m = i;
            if l < n && self.slots[l] < self.slots[m] {
                m = l;
            }
            if r < n && self.slots[r] < self.slots[m] {
                m = r;
            }
            if m == i {
                break;
            }
            self.slots.swap(i, m);
            i = m;
        }
        top
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total: usize = streams.iter().map(|s| s.len()).sum();
    let mut iters: Vec<std::iter::Peekable<std::vec::IntoIter<Event>>> =
        streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut heap = HeadHeap::with_capacity(iters.len());
    for (i, it) in iters.iter_mut().enumerate() {
        if let Some(e) = it.peek() {
            heap.push((e.ts, i));
        }
    }
    let mut merged = Vec::with_capacity(total);
    while let Some((_, i)) = heap.pop() {
        let it = &mut iters[i];
        merged.extend(it.next());
        if let Some(e) = it.peek() {
            heap.push((e.ts, i));
        }
    }
    merged
}

fn is_failure(e: &Event) -> bool {
    matches!(e.kind, Kind::Failure(_))
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let n = timeline.len();
    let (mut lo, mut hi, mut inside) = (0usize, 0usize, 0usize);
    let mut out = Vec::new();
    for e in timeline {
        let Kind::Metric { name, value } = &e.kind else { continue };
        if *value < threshold {
            continue;
        }
        let to = e.ts.saturating_add(window);
        while hi < n && timeline[hi].ts <= to {
            inside += is_failure(&timeline[hi]) as usize;
            hi += 1;
        }
        let from = e.ts.saturating_sub(window);
        while lo < hi && timeline[lo].ts < from {
            inside -= is_failure(&timeline[lo]) as usize;
            lo += 1;
        }
        if inside > 0 {
            out.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: inside });
        }
    }
    out
}
