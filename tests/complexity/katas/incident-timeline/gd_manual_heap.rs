// learner: optimal
// idiom: GDScript-style: hand-written binary min-heap on a Vec of [ts, stream] entries with sift_up/sift_down, cursor array per stream, index while-loops
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

struct HeapItem {
    ts: u64,
    stream: usize,
}

fn less(a: &HeapItem, b: &HeapItem) -> bool {
    if a.ts != b.ts {
        return a.ts < b.ts;
    }
    a.stream < b.stream
}

fn sift_up(heap: &mut Vec<HeapItem>, mut i: usize) {
    while i > 0 {
        let parent = (i - 1) / 2;
        if !less(&heap[i], &heap[parent]) {
            return;
        }
        heap.swap(i, parent);
        i = parent;
    }
}

fn sift_down(heap: &mut Vec<HeapItem>, mut i: usize) {
    let size = heap.len();
    loop {
        let left = 2 * i + 1;
        let right = left + 1;
        let mut smallest = i;
        if left < size && less(&heap[left], &heap[smallest]) {
            smallest = left;
        }
        if right < size && less(&heap[right], &heap[smallest]) {
            smallest = right;
        }
        if smallest == i {
            return;
        }
        heap.swap(i, smallest);
        i = smallest;
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut total = 0;
    for s in &streams {
        total += s.len();
    }
    let mut result: Vec<Event> = Vec::with_capacity(total);
    // take the events out in order: keep one draining iterator per stream
    let mut readers: Vec<std::vec::IntoIter<Event>> = Vec::with_capacity(streams.len());
    let mut heads: Vec<Option<Event>> = Vec::with_capacity(streams.len());
    let mut heap: Vec<HeapItem> = Vec::with_capacity(streams.len());
    for s in streams {
        let mut reader = s.into_iter();
        let head = reader.next();
        if let Some(e) = &head {
            heap.push(HeapItem { ts: e.ts, stream: readers.len() });
            let last = heap.len() - 1;
            sift_up(&mut heap, last);
        }
        readers.push(reader);
        heads.push(head);
    }
    while heap.len() > 0 {
        let stream = heap[0].stream;
        let event = heads[stream].take().unwrap();
        result.push(event);
        match readers[stream].next() {
            Some(next) => {
                heap[0] = HeapItem { ts: next.ts, stream };
                heads[stream] = Some(next);
            }
            None => {
                let last = heap.pop().unwrap();
                if heap.len() == 0 {
                    break;
                }
                heap[0] = last;
            }
        }
        sift_down(&mut heap, 0);
    }
    result
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut failure_times: Vec<u64> = Vec::new();
    for e in timeline {
        if let Kind::Failure(_) = e.kind {
            failure_times.push(e.ts);
        }
    }
    let mut spikes = Vec::new();
    let mut left = 0;
    let mut right = 0;
    let count = failure_times.len();
    for e in timeline {
        let (name, value) = match &e.kind {
            Kind::Metric { name, value } => (name, *value),
            _ => continue,
        };
        if value < threshold {
            continue;
        }
        let earliest = if e.ts > window { e.ts - window } else { 0 };
        let latest = if u64::MAX - e.ts < window { u64::MAX } else { e.ts + window };
        while left < count && failure_times[left] < earliest {
            left += 1;
        }
        if right < left {
            right = left;
        }
        while right < count && failure_times[right] <= latest {
            right += 1;
        }
        let near = right - left;
        if near == 0 {
            continue;
        }
        spikes.push(Spike { ts: e.ts, metric: name.clone(), value, failures: near });
    }
    spikes
}
