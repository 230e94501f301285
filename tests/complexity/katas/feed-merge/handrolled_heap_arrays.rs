// learner: optimal
// idiom: quant-style: hand-rolled binary max-heap over a preallocated array of (feed, pos) cursors, sift_up-free O(k) heapify, custom inlined comparator
//! Merge per-author feeds into one timeline.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

#[inline(always)]
fn better(feeds: &[Vec<Post>], a: (u32, u32), b: (u32, u32)) -> bool {
    // a ranks above b: newer, or same time and lower feed index
    let ta = feeds[a.0 as usize][a.1 as usize].time;
    let tb = feeds[b.0 as usize][b.1 as usize].time;
    ta > tb || (ta == tb && a.0 < b.0)
}

fn sift_down(feeds: &[Vec<Post>], h: &mut [(u32, u32)], mut i: usize, len: usize) {
    loop {
        let l = 2 * i + 1;
        if l >= len {
            return;
        }
        let r = l + 1;
        let mut m = l;
        if r < len && better(feeds, h[r], h[l]) {
            m = r;
        }
        if !better(feeds, h[m], h[i]) {
            return;
        }
        h.swap(i, m);
        i = m;
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let k = feeds.len();
    let mut heap: Vec<(u32, u32)> = Vec::with_capacity(k);
    for f in 0..k {
        if !feeds[f].is_empty() {
            heap.push((f as u32, 0));
        }
    }
    let mut len = heap.len();
    if len > 1 {
        let mut i = len / 2;
        while i > 0 {
            i -= 1;
            sift_down(feeds, &mut heap, i, len);
        }
    }
    let mut out: Vec<Post> = Vec::with_capacity(n.min(64));
    while out.len() < n && len > 0 {
        let (f, p) = heap[0];
        out.push(feeds[f as usize][p as usize]);
        if (p as usize) + 1 < feeds[f as usize].len() {
            heap[0] = (f, p + 1);
        } else {
            len -= 1;
            heap[0] = heap[len];
        }
        sift_down(feeds, &mut heap, 0, len);
    }
    out
}
