// learner: optimal
// idiom: verilog: hand-rolled array heap with shift arithmetic for parent/child (i-1>>1, 2i+1), bottom-up heapify, replace-top instead of pop+push
// why: bottom-up heapify is O(k); each output does one sift-down of depth log k: O(k + N log k) time, the heap array holds <= k cursors
//! Merge per-author feeds into one timeline: the newest `n` posts of `k`
//! feeds that are each sorted newest first.

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

/// One heap slot: which feed and where its current head is.
#[derive(Clone, Copy)]
struct Slot {
    time: u64,
    feed: usize,
    pos: usize,
}

/// `a` must come out before `b`: newer first, then lower feed index.
#[inline]
fn wins(a: &Slot, b: &Slot) -> bool {
    a.time > b.time || (a.time == b.time && a.feed < b.feed)
}

fn sift_down(h: &mut [Slot], mut i: usize) {
    let n = h.len();
    loop {
        let l = (i << 1) + 1;
        let r = l + 1;
        let mut best = i;
        if l < n && wins(&h[l], &h[best]) {
            best = l;
        }
        if r < n && wins(&h[r], &h[best]) {
            best = r;
        }
        if best == i {
            return;
        }
        h.swap(i, best);
        i = best;
    }
}

/// The `n` newest posts of all `feeds`, newest first.
pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut heap: Vec<Slot> = Vec::with_capacity(feeds.len());
    let mut f = 0usize;
    while f < feeds.len() {
        if !feeds[f].is_empty() {
            heap.push(Slot { time: feeds[f][0].time, feed: f, pos: 0 });
        }
        f += 1;
    }
    // bottom-up heapify: start at the last parent
    let len = heap.len();
    if len > 1 {
        let mut i = (len - 2) >> 1;
        loop {
            sift_down(&mut heap, i);
            if i == 0 {
                break;
            }
            i -= 1;
        }
    }

    let mut out: Vec<Post> = Vec::new();
    while out.len() < n && !heap.is_empty() {
        let top = heap[0];
        out.push(feeds[top.feed][top.pos]);
        let nxt = top.pos + 1;
        if nxt < feeds[top.feed].len() {
            // replace the root in place with the successor
            heap[0] = Slot { time: feeds[top.feed][nxt].time, feed: top.feed, pos: nxt };
        } else {
            // retire this feed: move the last slot to the root
            let last = heap.len() - 1;
            heap.swap(0, last);
            heap.pop();
        }
        sift_down(&mut heap, 0);
    }
    out
}
