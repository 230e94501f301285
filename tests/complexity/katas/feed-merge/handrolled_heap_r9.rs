// learner: optimal
// idiom: hand-rolled array max-heap of (time, feed, pos) with sift_down/sift_up index loops and bottom-up heapify
//! Merge per-author feeds into one timeline.

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

#[derive(Clone, Copy)]
struct Head {
    time: u64,
    feed: usize,
    pos: usize,
}

// true when a should come out before b
fn before(a: &Head, b: &Head) -> bool {
    a.time > b.time || (a.time == b.time && a.feed < b.feed)
}

fn sift_down(heap: &mut [Head], mut i: usize) {
    let len = heap.len();
    loop {
        let l = 2 * i + 1;
        let r = l + 1;
        let mut best = i;
        if l < len && before(&heap[l], &heap[best]) {
            best = l;
        }
        if r < len && before(&heap[r], &heap[best]) {
            best = r;
        }
        if best == i {
            return;
        }
        heap.swap(i, best);
        i = best;
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut heap: Vec<Head> = Vec::new();
    for f in 0..feeds.len() {
        if !feeds[f].is_empty() {
            heap.push(Head { time: feeds[f][0].time, feed: f, pos: 0 });
        }
    }
    let mut i = heap.len() / 2;
    while i > 0 {
        i -= 1;
        sift_down(&mut heap, i);
    }

    let mut result = Vec::new();
    while result.len() < n && !heap.is_empty() {
        let top = heap[0];
        result.push(feeds[top.feed][top.pos]);
        let next = top.pos + 1;
        if next < feeds[top.feed].len() {
            // replace the root with the feed's next post
            heap[0] = Head { time: feeds[top.feed][next].time, feed: top.feed, pos: next };
        } else {
            let last = heap.len() - 1;
            heap.swap(0, last);
            heap.pop();
        }
        sift_down(&mut heap, 0);
    }
    result
}
