// learner: optimal
// idiom: Julia-HPC style: hand-rolled array binary max-heap with 0-based child indices 2i+1/2i+2, sift-down in place, per-feed cursor array
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

#[inline]
fn better(feeds: &[Vec<Post>], cur: &[usize], a: usize, b: usize) -> bool {
    // feed a's head beats feed b's head: newer, or same time and lower feed index
    let ta = feeds[a][cur[a]].time;
    let tb = feeds[b][cur[b]].time;
    ta > tb || (ta == tb && a < b)
}

fn sift_down(h: &mut [usize], feeds: &[Vec<Post>], cur: &[usize], mut i: usize) {
    let m = h.len();
    loop {
        let l = 2 * i + 1;
        let r = l + 1;
        let mut best = i;
        if l < m && better(feeds, cur, h[l], h[best]) {
            best = l;
        }
        if r < m && better(feeds, cur, h[r], h[best]) {
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
    let k = feeds.len();
    let mut cur = vec![0usize; k];
    let mut h: Vec<usize> = Vec::with_capacity(k);
    for f in 0..k {
        if !feeds[f].is_empty() {
            h.push(f);
        }
    }
    // Floyd heapify: O(k)
    let m = h.len();
    if m > 1 {
        let mut i = m / 2;
        while i > 0 {
            i -= 1;
            sift_down(&mut h, feeds, &cur, i);
        }
    }
    let mut out = Vec::new();
    while out.len() < n && !h.is_empty() {
        let f = h[0];
        out.push(feeds[f][cur[f]]);
        cur[f] += 1;
        if cur[f] == feeds[f].len() {
            let last = h.len() - 1;
            h.swap(0, last);
            h.pop();
        }
        if !h.is_empty() {
            sift_down(&mut h, feeds, &cur, 0);
        }
    }
    out
}
