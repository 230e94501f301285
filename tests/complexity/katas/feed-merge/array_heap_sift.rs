// learner: optimal
// idiom: MATLAB signal-processing engineer: hand-rolled array max-heap of [time, feed, pos] rows with explicit sift-down/sift-up index arithmetic (children 2i+1, 2i+2), bottom-up heapify
/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

/// heap row: (time, feed index, position in feed)
type Row = (u64, usize, usize);

/// a outranks b: newer first, then lower feed index
fn better(a: Row, b: Row) -> bool {
    a.0 > b.0 || (a.0 == b.0 && a.1 < b.1)
}

fn sift_down(h: &mut [Row], mut i: usize) {
    let m = h.len();
    loop {
        let l = 2 * i + 1;
        let r = l + 1;
        let mut best = i;
        if l < m && better(h[l], h[best]) {
            best = l;
        }
        if r < m && better(h[r], h[best]) {
            best = r;
        }
        if best == i {
            return;
        }
        h.swap(i, best);
        i = best;
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut h: Vec<Row> = Vec::with_capacity(feeds.len());
    for f in 0..feeds.len() {
        if !feeds[f].is_empty() {
            h.push((feeds[f][0].time, f, 0));
        }
    }
    // heapify bottom-up: O(k)
    let m = h.len();
    for i in (0..m / 2).rev() {
        sift_down(&mut h, i);
    }

    let mut out = Vec::with_capacity(n.min(feeds.iter().map(|f| f.len()).sum()));
    while out.len() < n && !h.is_empty() {
        let (_, f, p) = h[0];
        out.push(feeds[f][p]);
        if p + 1 < feeds[f].len() {
            h[0] = (feeds[f][p + 1].time, f, p + 1); // replace top with successor
        } else {
            let last = h.len() - 1;
            h.swap(0, last);
            h.pop();
        }
        sift_down(&mut h, 0);
    }
    out
}
