// learner: optimal
// idiom: hand-rolled Vec-backed binary max-heap of (feed, pos) indices, bottom-up heapify, sift_down as a free function
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

/// Does head `a` come before head `b` in the output?
fn before(feeds: &[Vec<Post>], a: (usize, usize), b: (usize, usize)) -> bool {
    let ta = feeds[a.0][a.1].time;
    let tb = feeds[b.0][b.1].time;
    ta > tb || (ta == tb && a.0 < b.0)
}

fn sift_down(feeds: &[Vec<Post>], heap: &mut [(usize, usize)], mut at: usize) {
    let len = heap.len();
    loop {
        let left = 2 * at + 1;
        if left >= len {
            return;
        }
        let right = left + 1;
        let mut best = left;
        if right < len && before(feeds, heap[right], heap[left]) {
            best = right;
        }
        if !before(feeds, heap[best], heap[at]) {
            return;
        }
        heap.swap(at, best);
        at = best;
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut heap: Vec<(usize, usize)> = Vec::with_capacity(feeds.len());
    for (f, feed) in feeds.iter().enumerate() {
        if !feed.is_empty() {
            heap.push((f, 0));
        }
    }
    // Floyd's bottom-up construction: O(k).
    for i in (0..heap.len() / 2).rev() {
        sift_down(feeds, &mut heap, i);
    }

    let mut out = Vec::new();
    while out.len() < n && !heap.is_empty() {
        let (f, pos) = heap[0];
        out.push(feeds[f][pos]);
        if pos + 1 < feeds[f].len() {
            heap[0] = (f, pos + 1);
            sift_down(feeds, &mut heap, 0);
        } else {
            let last = heap.pop().unwrap();
            if !heap.is_empty() {
                heap[0] = last;
                sift_down(feeds, &mut heap, 0);
            }
        }
    }
    out
}
