// learner: optimal
// idiom: JavaScript bootcamp graduate: a hand-rolled array-backed max-heap of feed indices (siftDown/siftUp like the CS50 lecture), a cursor array per feed, comparison through a `beats` closure
//! Merge per-author feeds into one timeline.

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut cursor = vec![0usize; feeds.len()];
    // does feed a's current post come before feed b's?
    let beats = |cursor: &[usize], a: usize, b: usize| -> bool {
        let ta = feeds[a][cursor[a]].time;
        let tb = feeds[b][cursor[b]].time;
        ta > tb || (ta == tb && a < b)
    };

    let mut heap: Vec<usize> = (0..feeds.len()).filter(|&f| !feeds[f].is_empty()).collect();

    fn sift_down(heap: &mut [usize], mut i: usize, beats: &dyn Fn(usize, usize) -> bool) {
        loop {
            let left = 2 * i + 1;
            let right = left + 1;
            let mut best = i;
            if left < heap.len() && beats(heap[left], heap[best]) {
                best = left;
            }
            if right < heap.len() && beats(heap[right], heap[best]) {
                best = right;
            }
            if best == i {
                return;
            }
            heap.swap(i, best);
            i = best;
        }
    }

    // heapify
    for i in (0..heap.len() / 2).rev() {
        sift_down(&mut heap, i, &|a, b| beats(&cursor, a, b));
    }

    let mut out = vec![];
    while out.len() < n && !heap.is_empty() {
        let top = heap[0];
        out.push(feeds[top][cursor[top]]);
        cursor[top] += 1;
        if cursor[top] == feeds[top].len() {
            let last = heap.pop().unwrap();
            if !heap.is_empty() {
                heap[0] = last;
            }
        }
        // the top's key only got older (or was replaced): push it down
        sift_down(&mut heap, 0, &|a, b| beats(&cursor, a, b));
    }
    out
}
