// learner: optimal
// idiom: Fortran-style: hand-rolled max-heap of feed numbers in a work array, cursor array per feed, replace-top and sift-down kernel
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

/// true when feed a's head should come out before feed b's head
#[inline]
fn before(feeds: &[Vec<Post>], cur: &[usize], a: usize, b: usize) -> bool {
    let ta = feeds[a][cur[a]].time;
    let tb = feeds[b][cur[b]].time;
    ta > tb || (ta == tb && a < b)
}

fn sift_down(h: &mut [usize], mut i: usize, feeds: &[Vec<Post>], cur: &[usize]) {
    let m = h.len();
    loop {
        let l = 2 * i + 1;
        if l >= m {
            return;
        }
        let r = l + 1;
        let mut c = l;
        if r < m && before(feeds, cur, h[r], h[l]) {
            c = r;
        }
        if before(feeds, cur, h[c], h[i]) {
            h.swap(c, i);
            i = c;
        } else {
            return;
        }
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
    let mut m = h.len();
    if m > 1 {
        let mut i = m / 2;
        while i > 0 {
            i -= 1;
            sift_down(&mut h[..m], i, feeds, &cur);
        }
    }
    let mut out = Vec::new();
    while out.len() < n && m > 0 {
        let f = h[0];
        out.push(feeds[f][cur[f]]);
        cur[f] += 1;
        if cur[f] == feeds[f].len() {
            m -= 1;
            h.swap(0, m);
        }
        let (live, _) = h.split_at_mut(m);
        sift_down(live, 0, feeds, &cur);
    }
    out
}
