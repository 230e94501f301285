// learner: optimal
// idiom: Nim-style: hand-rolled binary min-heap of (ts, stream) in a Vec with siftUp/siftDown procs, `result` seq built up, failure window via index loop
/// What happened.
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

type HeapItem = (u64, usize);

fn sift_up(h: &mut Vec<HeapItem>, mut i: usize) {
    while i > 0 {
        let parent = (i - 1) / 2;
        if h[i] < h[parent] {
            h.swap(i, parent);
            i = parent;
        } else {
            break;
        }
    }
}

fn sift_down(h: &mut Vec<HeapItem>, mut i: usize) {
    let n = h.len();
    loop {
        let l = 2 * i + 1;
        let r = l + 1;
        let mut smallest = i;
        if l < n && h[l] < h[smallest] {
            smallest = l;
        }
        if r < n && h[r] < h[smallest] {
            smallest = r;
        }
        if smallest == i {
            break;
        }
        h.swap(i, smallest);
        i = smallest;
    }
}

fn heap_push(h: &mut Vec<HeapItem>, item: HeapItem) {
    h.push(item);
    let last = h.len() - 1;
    sift_up(h, last);
}

fn heap_pop(h: &mut Vec<HeapItem>) -> Option<HeapItem> {
    if h.is_empty() {
        return None;
    }
    let last = h.len() - 1;
    h.swap(0, last);
    let result = h.pop();
    if !h.is_empty() {
        sift_down(h, 0);
    }
    result
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut size = 0;
    for s in streams.iter() {
        size += s.len();
    }
    let mut result: Vec<Event> = Vec::with_capacity(size);
    let mut iters: Vec<std::vec::IntoIter<Event>> = Vec::with_capacity(streams.len());
    let mut heads: Vec<Option<Event>> = Vec::with_capacity(streams.len());
    let mut heap: Vec<HeapItem> = Vec::with_capacity(streams.len());
    for s in streams {
        let mut it = s.into_iter();
        let head = it.next();
        if let Some(ev) = &head {
            heap_push(&mut heap, (ev.ts, iters.len()));
        }
        heads.push(head);
        iters.push(it);
    }
    while let Some((_, k)) = heap_pop(&mut heap) {
        let ev = heads[k].take().unwrap();
        result.push(ev);
        heads[k] = iters[k].next();
        if let Some(nx) = &heads[k] {
            heap_push(&mut heap, (nx.ts, k));
        }
    }
    result
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    var_spikes(timeline, threshold, window)
}

fn var_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut result: Vec<Spike> = Vec::new();
    let mut fail_ts: Vec<u64> = Vec::new();
    for e in timeline {
        if let Kind::Failure(_) = e.kind {
            fail_ts.push(e.ts);
        }
    }
    let nf = fail_ts.len();
    let mut left = 0usize; // first failure >= ts - window
    let mut right = 0usize; // first failure > ts + window
    let mut i = 0usize;
    while i < timeline.len() {
        let e = &timeline[i];
        if let Kind::Metric { name, value } = &e.kind {
            if *value >= threshold {
                let low = if e.ts >= window { e.ts - window } else { 0 };
                let high = if u64::MAX - e.ts >= window { e.ts + window } else { u64::MAX };
                while left < nf && fail_ts[left] < low {
                    left += 1;
                }
                if right < left {
                    right = left;
                }
                while right < nf && fail_ts[right] <= high {
                    right += 1;
                }
                if right > left {
                    result.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: right - left });
                }
            }
        }
        i += 1;
    }
    result
}
