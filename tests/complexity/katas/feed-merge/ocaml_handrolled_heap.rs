// learner: optimal
// idiom: OCaml style: hand-rolled array max-heap of (time, feed, pos) triples, bottom-up heapify, sift functions with match on child comparisons
//! Merge per-author feeds into one timeline.

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

type Cand = (u64, usize, usize); // time, feed, position

/// a comes out before b
fn before(a: &Cand, b: &Cand) -> bool {
    match a.0.cmp(&b.0) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => a.1 < b.1,
    }
}

fn sift_down(h: &mut [Cand], mut i: usize) {
    let n = h.len();
    loop {
        let l = 2 * i + 1;
        let r = l + 1;
        let mut best = i;
        if l < n && before(&h[l], &h[best]) {
            best = l;
        }
        if r < n && before(&h[r], &h[best]) {
            best = r;
        }
        match best == i {
            true => return,
            false => {
                h.swap(i, best);
                i = best;
            }
        }
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut heap: Vec<Cand> = Vec::with_capacity(feeds.len());
    for (f, feed) in feeds.iter().enumerate() {
        match feed.first() {
            Some(p) => heap.push((p.time, f, 0)),
            None => (),
        }
    }
    let mut i = heap.len() / 2;
    while i > 0 {
        i -= 1;
        sift_down(&mut heap, i);
    }

    let mut out = Vec::new();
    while out.len() < n && !heap.is_empty() {
        let (_, f, pos) = heap[0];
        out.push(feeds[f][pos]);
        match feeds[f].get(pos + 1) {
            Some(next) => {
                heap[0] = (next.time, f, pos + 1);
                sift_down(&mut heap, 0);
            }
            None => {
                let last = heap.len() - 1;
                heap.swap(0, last);
                heap.pop();
                sift_down(&mut heap, 0);
            }
        }
    }
    out
}
